import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class LoginDto {
  @ApiProperty() @IsString() @Length(1, 64) username!: string;
  @ApiProperty() @IsString() @Length(1, 200) password!: string;
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @Length(1, 200) currentPassword!: string;
  @ApiProperty({ minLength: 10 }) @IsString() @Length(10, 200) newPassword!: string;
}

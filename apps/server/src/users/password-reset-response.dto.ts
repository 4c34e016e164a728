import { ApiProperty } from '@nestjs/swagger';

export class PasswordResetResponseDto {
  @ApiProperty({ description: 'A one-time password, shown only here' }) password!: string;
  @ApiProperty({ enum: [true] }) mustChangePassword!: true;
}

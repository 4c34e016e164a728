import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class TagCustomerDto {
  @ApiProperty({ minLength: 1, maxLength: 32, example: 'vip' })
  @IsString()
  @Length(1, 32)
  @Matches(/^\S(.*\S)?$/, { message: 'tag must not start or end with spaces' })
  tag!: string;
}

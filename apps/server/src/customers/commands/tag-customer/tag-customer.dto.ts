import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { FIELD_LIMITS, TAG_PATTERN } from '#domain';

export class TagCustomerDto {
  @ApiProperty({ minLength: 1, maxLength: FIELD_LIMITS.tag, example: 'vip' })
  @IsString()
  @Length(1, FIELD_LIMITS.tag)
  @Matches(TAG_PATTERN, { message: 'tag must not start or end with spaces' })
  tag!: string;
}

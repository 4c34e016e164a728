import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { FIELD_LIMITS } from '#domain';

/** The body of a command that only needs a why (unmerge, archive, restore). */
export class ReasonDto {
  @ApiProperty({ minLength: 1, maxLength: FIELD_LIMITS.reason })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(FIELD_LIMITS.reason)
  reason!: string;
}

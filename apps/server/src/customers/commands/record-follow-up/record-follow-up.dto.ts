import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  FIELD_LIMITS,
  FOLLOW_UP_METHODS,
  FOLLOW_UP_OUTCOMES,
  FOLLOW_UP_RESULTS,
  type FollowUpMethod,
  type FollowUpOutcome,
  type FollowUpResult,
} from '#domain';

export class RecordFollowUpDto {
  @ApiPropertyOptional({ description: 'when it happened; defaults to now, may be in the past, never in the future' })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;

  @ApiProperty({ enum: FOLLOW_UP_METHODS }) @IsIn(FOLLOW_UP_METHODS) method!: FollowUpMethod;

  @ApiProperty({ minLength: 1, maxLength: FIELD_LIMITS.content })
  @IsString()
  @IsNotEmpty()
  @MaxLength(FIELD_LIMITS.content)
  content!: string;

  @ApiProperty({ enum: FOLLOW_UP_RESULTS }) @IsIn(FOLLOW_UP_RESULTS) result!: FollowUpResult;

  @ApiPropertyOptional({ description: 'must be after at' }) @IsOptional() @IsISO8601({ strict: true }) nextFollowUpAt?: string;

  @ApiPropertyOptional({ enum: FOLLOW_UP_OUTCOMES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(FOLLOW_UP_OUTCOMES, { each: true })
  outcomes?: FollowUpOutcome[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import {
  FIELD_LIMITS,
  FOLLOW_UP_KINDS,
  FOLLOW_UP_METHODS,
  FOLLOW_UP_OUTCOMES,
  FOLLOW_UP_RESULTS,
  SERVICE_CATEGORIES,
  type FollowUpKind,
  type FollowUpMethod,
  type FollowUpOutcome,
  type FollowUpResult,
  type ServiceCategory,
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

  @ApiPropertyOptional({ enum: FOLLOW_UP_KINDS, description: 'absent: sales; inquiry, complaint and after_sales are service cases' })
  @IsOptional()
  @IsIn(FOLLOW_UP_KINDS)
  kind?: FollowUpKind;

  @ApiPropertyOptional({ enum: SERVICE_CATEGORIES, description: 'what a service case is about; required on a complaint' })
  @ValidateIf((dto: RecordFollowUpDto) => dto.kind === 'complaint' || dto.category !== undefined)
  @IsIn(SERVICE_CATEGORIES)
  category?: ServiceCategory;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: "the customer's satisfaction, 1 (poor) to 5 (excellent)" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  satisfaction?: number;
}

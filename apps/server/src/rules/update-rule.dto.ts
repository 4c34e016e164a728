import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { FIELD_LIMITS, TAG_PATTERN } from '#domain';

/** PUT /v1/admin/rules/:id — only the fields the rule has (see GET); omitted fields stay as they are. */
export class UpdateRuleDto {
  @ApiPropertyOptional({ description: 'minor units (fen): 10000000 = 100,000.00 CNY', example: 10_000_000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  threshold?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 3650 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  windowDays?: number;

  @ApiPropertyOptional({ minLength: 1, maxLength: FIELD_LIMITS.tag })
  @IsOptional()
  @IsString()
  @Length(1, FIELD_LIMITS.tag)
  @Matches(TAG_PATTERN, { message: 'tag must not start or end with spaces' })
  tag?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

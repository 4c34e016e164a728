import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';
import { ReadQueryDto } from '../../http/read-query.dto.js';

/** RFM and LTV as of an instant: recency counts the days from the last order to `at` (default: now). */
export class ValueModelQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ description: 'evaluate as of this instant (ISO 8601); default now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 1000, default: 20, description: 'LTV: how many of the highest customers to list' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000)
  limit?: number;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { ReadQueryDto } from '../../read-side/http/read-query.dto.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class MonthlyActivityDto extends ReadQueryDto {
  @ApiPropertyOptional({ example: '2024-01', description: 'first month (YYYY-MM, TIME_ZONE); default: eleven months before the current one' })
  @IsOptional()
  @Matches(MONTH, { message: 'from must be a month YYYY-MM' })
  from?: string;
  @ApiPropertyOptional({ example: '2025-01', description: 'month after the last (exclusive); default: the next month' })
  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month YYYY-MM' })
  to?: string;
}

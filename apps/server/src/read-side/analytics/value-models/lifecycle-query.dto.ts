import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { ReadQueryDto } from '../../http/read-query.dto.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class LifecycleQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ example: '2024-01', description: 'first month (YYYY-MM, in TIME_ZONE); default 11 months before `to`' })
  @IsOptional()
  @Matches(MONTH, { message: 'from must be a month, YYYY-MM' })
  from?: string;

  @ApiPropertyOptional({ example: '2024-12', description: 'last month, included (YYYY-MM, in TIME_ZONE); default the current month' })
  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month, YYYY-MM' })
  to?: string;
}

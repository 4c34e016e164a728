import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ReadQueryDto } from '../../http/read-query.dto.js';

export class ValueTrendDto extends ReadQueryDto {
  @ApiPropertyOptional({ enum: ['month', 'quarter'], default: 'month' }) @IsOptional() @IsIn(['month', 'quarter']) granularity?: 'month' | 'quarter';
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { FUNNEL_GROUPINGS, type ChurnRiskLevel, type FunnelGrouping } from '#projections';
import { ReadQueryDto } from '../../http/read-query.dto.js';

export class FunnelDto extends ReadQueryDto {
  @ApiPropertyOptional({ example: '2024-01-01', description: 'registered on or after (UTC day)' }) @IsOptional() @IsISO8601() from?: string;
  @ApiPropertyOptional({ example: '2024-07-01', description: 'registered before (UTC day)' }) @IsOptional() @IsISO8601() to?: string;
  @ApiPropertyOptional({ enum: FUNNEL_GROUPINGS }) @IsOptional() @IsIn(FUNNEL_GROUPINGS) groupBy?: FunnelGrouping;
}

export class ChurnRiskDto extends ReadQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) ownerId?: string;
  @ApiPropertyOptional({ enum: ['high', 'medium', 'low'] }) @IsOptional() @IsIn(['high', 'medium', 'low']) level?: ChurnRiskLevel;
  @ApiPropertyOptional({ default: 50, maximum: 1000 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

export class ValueTrendDto extends ReadQueryDto {
  @ApiPropertyOptional({ enum: ['month', 'quarter'], default: 'month' }) @IsOptional() @IsIn(['month', 'quarter']) granularity?: 'month' | 'quarter';
}

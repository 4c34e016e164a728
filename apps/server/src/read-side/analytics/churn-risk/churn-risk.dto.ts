import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ChurnRiskLevel } from '#projections';
import { ReadQueryDto } from '../../http/read-query.dto.js';

export class ChurnRiskDto extends ReadQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) ownerId?: string;
  @ApiPropertyOptional({ enum: ['high', 'medium', 'low'] }) @IsOptional() @IsIn(['high', 'medium', 'low']) level?: ChurnRiskLevel;
  @ApiPropertyOptional({ default: 50, maximum: 1000 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { FUNNEL_GROUPINGS, type FunnelGrouping } from '#projections';
import { ReadQueryDto } from '../../http/read-query.dto.js';

export class FunnelDto extends ReadQueryDto {
  @ApiPropertyOptional({
    example: '2024-01-01',
    description: 'registered at or after this instant (a bare date: its UTC midnight); any range, also shorter than a day',
  })
  @IsOptional()
  @IsISO8601()
  from?: string;
  @ApiPropertyOptional({ example: '2024-07-01', description: 'registered before this instant (a bare date: its UTC midnight)' })
  @IsOptional()
  @IsISO8601()
  to?: string;
  @ApiPropertyOptional({ enum: FUNNEL_GROUPINGS }) @IsOptional() @IsIn(FUNNEL_GROUPINGS) groupBy?: FunnelGrouping;
}

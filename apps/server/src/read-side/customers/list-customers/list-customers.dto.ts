import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CUSTOMER_STATUSES, FIELD_LIMITS, LIFECYCLE_STAGES, RFM_SEGMENTS, type CustomerStatus, type LifecycleStage, type RfmSegment } from '#domain';
import { ListQueryDto } from '../../http/read-query.dto.js';
import { DEFAULT_STALE_DAYS, QUALITY_FILTERS, type QualityFilterValue } from '../quality-filter.js';

/** `lastInteractionAt` sorts by last interaction, else registration (never null, so pages are stable). */
const CUSTOMER_SORTS = ['name', 'code', 'registeredAt', 'updatedAt', 'lastInteractionAt'] as const;
const SORT_VALUES = CUSTOMER_SORTS.flatMap((s) => [s, `-${s}`]);

export class ListCustomersDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: CUSTOMER_STATUSES }) @IsOptional() @IsIn(CUSTOMER_STATUSES) status?: CustomerStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(FIELD_LIMITS.tag) tag?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) ownerId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) industry?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4) region?: string;
  @ApiPropertyOptional({ enum: RFM_SEGMENTS, description: 'RFM segment as of now (hidden with `value`: 403)' })
  @IsOptional()
  @IsIn(RFM_SEGMENTS)
  segment?: RfmSegment;
  @ApiPropertyOptional({ enum: LIFECYCLE_STAGES, description: 'lifecycle stage as of now' })
  @IsOptional()
  @IsIn(LIFECYCLE_STAGES)
  lifecycleStage?: LifecycleStage;
  @ApiPropertyOptional({ description: 'substring of name, code or contact name; of phone or email only where they are shown in clear, else their whole value' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
  @ApiPropertyOptional({ enum: SORT_VALUES, description: 'field, `-` prefix for descending; default -registeredAt' })
  @IsOptional()
  @IsIn(SORT_VALUES)
  sort?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true lists the archived customers only (default: the active ones)' })
  @IsOptional()
  @IsIn(['true', 'false'])
  archived?: 'true' | 'false';
  @ApiPropertyOptional({
    enum: QUALITY_FILTERS,
    description:
      "only the customers a data-quality figure counts (GET /v1/analytics/data-quality): missing or invalid values under today's rules, duplicates, stale",
  })
  @IsOptional()
  @IsIn(QUALITY_FILTERS)
  quality?: QualityFilterValue;
  @ApiPropertyOptional({ minimum: 1, maximum: 3650, default: DEFAULT_STALE_DAYS, description: 'with quality=stale: no update for this many days' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  staleDays?: number;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @IsOptional() @IsString() @MaxLength(500) cursor?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

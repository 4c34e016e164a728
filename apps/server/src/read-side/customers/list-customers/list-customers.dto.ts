import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CUSTOMER_STATUSES, FIELD_LIMITS, type CustomerStatus } from '#domain';
import { ListQueryDto } from '../../http/read-query.dto.js';

/** `lastInteractionAt` sorts by last interaction, else registration (never null, so pages are stable). */
const CUSTOMER_SORTS = ['name', 'code', 'registeredAt', 'updatedAt', 'lastInteractionAt'] as const;
const SORT_VALUES = CUSTOMER_SORTS.flatMap((s) => [s, `-${s}`]);

export class ListCustomersDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: CUSTOMER_STATUSES }) @IsOptional() @IsIn(CUSTOMER_STATUSES) status?: CustomerStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(FIELD_LIMITS.tag) tag?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) ownerId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) industry?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4) region?: string;
  @ApiPropertyOptional({ description: 'substring of name, code or contact name; of phone or email only where they are shown in clear, else their whole value' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
  @ApiPropertyOptional({ enum: SORT_VALUES, description: 'field, `-` prefix for descending; default -registeredAt' })
  @IsOptional()
  @IsIn(SORT_VALUES)
  sort?: string;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @IsOptional() @IsString() @MaxLength(500) cursor?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

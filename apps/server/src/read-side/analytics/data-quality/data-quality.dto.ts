import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ReadQueryDto } from '../../http/read-query.dto.js';
import { DEFAULT_STALE_DAYS } from '../../customers/quality-filter.js';

export class DataQualityDto extends ReadQueryDto {
  @ApiPropertyOptional({ description: "one owner's customers (within the caller's scope)" }) @IsOptional() @IsString() @MaxLength(100) ownerId?: string;
  @ApiPropertyOptional({ description: "one team's customers (within the caller's scope)" }) @IsOptional() @IsString() @MaxLength(100) teamId?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 3650, default: DEFAULT_STALE_DAYS, description: 'a customer with no update for this many days is stale' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  staleDays?: number;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DEFAULT_HISTORY_LIMIT, MAX_HISTORY_LIMIT } from '#audit';

const HISTORY_FORMATS = ['json', 'csv', 'xlsx'] as const;

export class CustomerHistoryQueryDto {
  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  fromRevision?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_HISTORY_LIMIT, default: DEFAULT_HISTORY_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_HISTORY_LIMIT)
  limit?: number;

  @ApiPropertyOptional({
    enum: HISTORY_FORMATS,
    description: 'csv: the whole history as a signed export (first line: sha256 of the rest); xlsx: the same columns for reading, unsigned',
  })
  @IsOptional()
  @IsIn(HISTORY_FORMATS, { message: `format must be one of: ${HISTORY_FORMATS.join(', ')}` })
  format?: (typeof HISTORY_FORMATS)[number];
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, Min } from 'class-validator';

/** Exactly one of the two; the controller refuses both or neither. */
export class AsOfQueryDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'compared with recordedAt: what the system knew at that instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;

  @ApiPropertyOptional({ minimum: 0, description: 'fold up to this stream revision, inclusive' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  revision?: number;
}

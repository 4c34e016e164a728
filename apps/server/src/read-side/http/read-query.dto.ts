import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

/** Query parameters every read route accepts (the interceptor reads minPosition; listed so validation allows it). */
export class ReadQueryDto {
  @ApiPropertyOptional({ description: 'wait (≤ 5 s) until read models include this global position' })
  @IsOptional()
  @Matches(/^\d+$/)
  minPosition?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'] })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

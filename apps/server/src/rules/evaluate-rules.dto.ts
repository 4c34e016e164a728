import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

export class EvaluateRulesDto {
  @ApiPropertyOptional({ description: 'evaluate as of this instant (business time); defaults to now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { ReadQueryDto } from '../../http/read-query.dto.js';

export class ServiceQualityDto extends ReadQueryDto {
  @ApiPropertyOptional({ example: '2024-01-01T00:00:00+08:00', description: 'follow-ups at or after this instant' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ example: '2024-07-01T00:00:00+08:00', description: 'follow-ups before this instant' })
  @IsOptional()
  @IsISO8601()
  to?: string;

  @ApiPropertyOptional({ description: "one owner's customers (within the caller's scope)" })
  @IsOptional()
  @IsUUID()
  ownerId?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ImportReportDto } from '../customers/commands/import-customers/import-report.dto.js';

export class ImportJobDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['running', 'done', 'failed'] }) status!: 'running' | 'done' | 'failed';
  @ApiProperty({ description: 'rows handled so far' }) processed!: number;
  @ApiProperty({ description: 'rows in the file' }) total!: number;
  @ApiProperty({ enum: ['csv', 'xlsx', 'json'] }) format!: string;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiPropertyOptional({ description: 'why a failed job stopped' }) error?: string;
  @ApiPropertyOptional({ type: ImportReportDto, description: 'once done' }) report?: ImportReportDto;
}

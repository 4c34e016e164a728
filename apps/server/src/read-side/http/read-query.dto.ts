import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { LIST_FORMATS, REPORT_FORMATS, type ListFormat, type ReportFormat } from './export-formats.js';

/** Query parameters every read route accepts (the interceptor reads minPosition; listed so validation allows it). */
class MinPositionQueryDto {
  @ApiPropertyOptional({ description: 'wait (≤ 5 s) until read models include this global position' })
  @IsOptional()
  @Matches(/^\d+$/)
  minPosition?: string;
}

/** A report's query: JSON, or a file (CSV, XLSX, PDF) of the same rows. */
export class ReadQueryDto extends MinPositionQueryDto {
  @ApiPropertyOptional({ enum: REPORT_FORMATS, description: 'csv, xlsx and pdf download the same rows; headers in the language Accept-Language asks for' })
  @IsOptional()
  @IsIn(REPORT_FORMATS, { message: `format must be one of: ${REPORT_FORMATS.join(', ')}` })
  format?: ReportFormat;
}

/** A list's query: JSON, or CSV or XLSX of the same items. */
export class ListQueryDto extends MinPositionQueryDto {
  @ApiPropertyOptional({ enum: LIST_FORMATS, description: 'csv and xlsx download the same items; headers in the language Accept-Language asks for' })
  @IsOptional()
  @IsIn(LIST_FORMATS, { message: `format must be one of: ${LIST_FORMATS.join(', ')}` })
  format?: ListFormat;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class ReportTitleDto {
  @ApiProperty() en!: string;
  @ApiProperty({ name: 'zh-Hans' }) 'zh-Hans'!: string;
  @ApiProperty({ name: 'zh-Hant' }) 'zh-Hant'!: string;
}

export class NamedReportDto {
  @ApiProperty({ example: 'monthly-activity' }) name!: string;
  @ApiProperty({ type: ReportTitleDto }) title!: ReportTitleDto;
  @ApiPropertyOptional({ enum: ['funnel', 'pie', 'line', 'bar'] }) chart?: string;
  @ApiProperty({ type: [String], description: 'the table columns, as in the CSV header' }) columns!: string[];
  @ApiProperty({ example: '/v1/reports/monthly-activity' }) path!: string;
  @ApiPropertyOptional({ description: 'the analytics route whose query it takes' }) presents?: string;
}

export class NamedReportListDto {
  @ApiProperty({ type: [NamedReportDto] }) items!: NamedReportDto[];
}

/** The answer of the analytics route the report presents, or of the report itself: its `items` (or `groups`) are the table's rows. */
export class NamedReportAnswerDto {
  @ApiProperty({ example: 'high-value' }) report!: string;
  @ApiProperty({ type: ReportTitleDto }) title!: ReportTitleDto;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'one object per table row, keys as `columns`' })
  rows!: object[];
  @ApiProperty({ type: [String] }) columns!: string[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the full answer of the query it runs' }) answer!: object;
}

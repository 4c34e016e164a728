import { ApiProperty } from '@nestjs/swagger';

export class ImportFieldErrorDto {
  @ApiProperty({ example: '手機號碼', description: 'the column as the file names it' }) field!: string;
  @ApiProperty({ example: 'contact.phone', description: 'the customer field the column fills' }) path!: string;
  @ApiProperty({ example: 'phone must be a mainland mobile (1[3-9]xxxxxxxxx) or E.164 (+countrycode…) number' }) message!: string;
}

export class ImportCreatedRowDto {
  @ApiProperty({ description: 'data row number: 1 is the first row under the header' }) row!: number;
  @ApiProperty({ format: 'uuid' }) id!: string;
}

export class ImportSkippedRowDto {
  @ApiProperty() row!: number;
  @ApiProperty({ format: 'uuid', description: 'the customer that already exists' }) id!: string;
  @ApiProperty({ example: 'already imported' }) reason!: string;
}

export class ImportRejectedRowDto {
  @ApiProperty() row!: number;
  @ApiProperty({ type: [ImportFieldErrorDto] }) errors!: ImportFieldErrorDto[];
}

export class ImportReportDto {
  @ApiProperty({ type: [ImportCreatedRowDto] }) created!: ImportCreatedRowDto[];
  @ApiProperty({ type: [ImportSkippedRowDto], description: 'rows naming a customer that exists already (a re-import) or an earlier row of the file' })
  skipped!: ImportSkippedRowDto[];
  @ApiProperty({ type: [ImportRejectedRowDto] }) rejected!: ImportRejectedRowDto[];
}

export class ImportResultDto extends ImportReportDto {
  @ApiProperty({ format: 'uuid', description: 'the import job: GET /v1/imports/{importId}/report?format=xlsx downloads the report' }) importId!: string;
}

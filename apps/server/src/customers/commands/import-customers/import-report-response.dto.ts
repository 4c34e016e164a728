import { ApiProperty } from '@nestjs/swagger';
import { FieldErrorDto } from '../../../openapi/problem-details.dto.js';

class ImportedRowDto {
  @ApiProperty({ description: '1-based row of the file (after the header) or index + 1 of the array' }) row!: number;
  @ApiProperty({ format: 'uuid' }) id!: string;
}

class RejectedRowDto {
  @ApiProperty() row!: number;
  @ApiProperty({ type: [FieldErrorDto], description: 'Each invalid field of the row' }) errors!: FieldErrorDto[];
}

export class ImportReportResponseDto {
  @ApiProperty({ type: [ImportedRowDto] }) created!: ImportedRowDto[];
  @ApiProperty({ type: [RejectedRowDto] }) rejected!: RejectedRowDto[];
}

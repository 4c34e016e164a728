import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PivotRequestDto } from '../pivot/pivot-request.dto.js';

export class SavedReportDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'the creator' }) ownerId!: string;
  @ApiProperty({ type: PivotRequestDto }) definition!: PivotRequestDto;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiProperty({ description: 'stream revision: send it as If-Match to change it' }) revision!: number;
}

export class SavedReportListDto {
  @ApiProperty({ type: [SavedReportDto] }) items!: SavedReportDto[];
}

export class SavedReportCommandResultDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ description: 'global position: pass as X-Min-Position' }) position!: number;
}

export class SavedReportVersionDto {
  @ApiProperty({ enum: ['ReportSaved', 'ReportChanged', 'ReportDeleted'] }) type!: string;
  @ApiProperty() revision!: number;
  @ApiProperty() position!: number;
  @ApiProperty() occurredAt!: string;
  @ApiProperty() actorId!: string;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional({ type: PivotRequestDto }) definition?: PivotRequestDto;
}

export class SavedReportHistoryDto {
  @ApiProperty({ type: [SavedReportVersionDto] }) items!: SavedReportVersionDto[];
}

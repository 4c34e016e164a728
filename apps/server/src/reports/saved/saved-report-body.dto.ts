import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsString, MaxLength, ValidateNested } from 'class-validator';
import { REPORT_NAME_MAX } from '#domain';
import { PivotRequestDto } from '../pivot/pivot-request.dto.js';

/** POST /v1/reports/saved and PUT /v1/reports/saved/:id */
export class SavedReportBodyDto {
  @ApiProperty({ example: '客戶等級 × 消費額', maxLength: REPORT_NAME_MAX }) @IsString() @MaxLength(REPORT_NAME_MAX) name!: string;
  @ApiProperty({ type: PivotRequestDto, description: 'the pivot it runs' }) @ValidateNested() @Type(() => PivotRequestDto) definition!: PivotRequestDto;
}

import { ApiProperty } from '@nestjs/swagger';
import { QUALITY_FILTERS, type QualityFilterValue } from '../../customers/quality-filter.js';

export class QualityFigureResponse {
  @ApiProperty({ example: 'contact.email', description: 'the field, or duplicates / stale' }) field!: string;
  @ApiProperty({ description: 'customers this figure counts (missing, invalid, duplicated or stale)' }) count!: number;
  @ApiProperty({ description: 'customers it is counted among (enterprises for size, else all)' }) of!: number;
  @ApiProperty({ description: 'count / of, 0 when of is 0' }) share!: number;
  @ApiProperty({ enum: QUALITY_FILTERS, description: 'GET /v1/customers?quality=<this> lists the customers counted' }) quality!: QualityFilterValue;
  @ApiProperty({ example: '/v1/customers?quality=missing-email&ownerId=…' }) link!: string;
}

export class QualityFiguresResponse {
  @ApiProperty() customers!: number;
  @ApiProperty({ type: QualityFigureResponse, isArray: true, description: 'count = customers without the field; share = their part' })
  missing!: QualityFigureResponse[];
  @ApiProperty({ type: QualityFigureResponse, isArray: true, description: "values failing today's rules (phone form, e-mail check, configured industries)" })
  invalid!: QualityFigureResponse[];
  @ApiProperty({ type: QualityFigureResponse }) duplicates!: QualityFigureResponse;
  @ApiProperty({ type: QualityFigureResponse }) stale!: QualityFigureResponse;
}

export class OwnerQualityResponse extends QualityFiguresResponse {
  @ApiProperty() ownerId!: string;
}

export class DataQualityResponse {
  @ApiProperty({ description: 'the clock when the report was computed' }) asOf!: string;
  @ApiProperty() staleDays!: number;
  @ApiProperty({ type: QualityFiguresResponse }) overall!: QualityFiguresResponse;
  @ApiProperty({ type: OwnerQualityResponse, isArray: true }) owners!: OwnerQualityResponse[];
}

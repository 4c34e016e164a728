import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PIVOT_DIMENSIONS, PIVOT_MEASURES } from './pivot-vocabulary.js';

const KEY = { type: 'object', additionalProperties: { type: 'string', nullable: true }, example: { tier: 'high' } } as const;

/** The measures asked for; the others are absent. */
export class PivotFiguresDto {
  @ApiPropertyOptional({ description: 'customers' }) count?: number;
  @ApiPropertyOptional({ description: 'lifetime CNY spend of the customers, minor units (fen)' }) spend?: number;
  @ApiPropertyOptional({ description: 'the same spend in yuan' }) spendYuan?: number;
  @ApiPropertyOptional({ description: 'orders of the customers' }) orders?: number;
  @ApiPropertyOptional({ description: 'won ÷ customers', nullable: true, type: Number }) conversion?: number | null;
}

export class PivotCellDto extends PivotFiguresDto {
  @ApiProperty({ ...KEY, description: 'row dimension → value (null: none)' }) row!: Record<string, string | null>;
  @ApiProperty({ ...KEY, description: 'column dimension → value' }) column!: Record<string, string | null>;
}

export class PivotRowTotalDto extends PivotFiguresDto {
  @ApiProperty({ ...KEY }) row!: Record<string, string | null>;
}

export class PivotColumnTotalDto extends PivotFiguresDto {
  @ApiProperty({ ...KEY }) column!: Record<string, string | null>;
}

export class PivotAnswerDto {
  @ApiProperty({ enum: PIVOT_DIMENSIONS, isArray: true }) rows!: string[];
  @ApiProperty({ enum: PIVOT_DIMENSIONS, isArray: true }) columns!: string[];
  @ApiProperty({ enum: PIVOT_MEASURES, isArray: true }) measures!: string[];
  @ApiProperty({ example: 'Asia/Shanghai', description: 'zone of the month and quarter dimensions' }) timeZone!: string;
  @ApiProperty({ description: 'the instant value tiers are computed at' }) asOf!: string;
  @ApiProperty({ type: [PivotCellDto] }) cells!: PivotCellDto[];
  @ApiProperty({ type: [PivotRowTotalDto] }) rowTotals!: PivotRowTotalDto[];
  @ApiProperty({ type: [PivotColumnTotalDto] }) columnTotals!: PivotColumnTotalDto[];
  @ApiProperty({ type: PivotFiguresDto }) total!: PivotFiguresDto;
}

import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';
import type { PivotDefinition, PivotDimension } from './pivot-vocabulary.js';

export type PivotKey = Partial<Record<PivotDimension, string | number | null>>;

export interface PivotFigures {
  count?: number;
  /** Lifetime CNY spend of the cell's customers, minor units (fen) and yuan. */
  spend?: number;
  spendYuan?: number;
  orders?: number;
  /** won ÷ customers in the cell; null for an empty cell. */
  conversion?: number | null;
}

export interface PivotAnswer {
  rows: PivotDefinition['rows'];
  columns: PivotDefinition['columns'];
  measures: PivotDefinition['measures'];
  timeZone: string;
  /** The instant value tiers are computed at. */
  asOf: string;
  cells: (PivotFigures & { row: PivotKey; column: PivotKey })[];
  rowTotals: (PivotFigures & { row: PivotKey })[];
  columnTotals: (PivotFigures & { column: PivotKey })[];
  total: PivotFigures;
}

export class PivotQuery extends Query<PivotAnswer> {
  constructor(
    readonly actor: Actor,
    readonly definition: PivotDefinition,
  ) {
    super();
  }
}

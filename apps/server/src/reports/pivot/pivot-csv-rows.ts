import type { PivotAnswer, PivotFigures, PivotKey } from './pivot.query.js';

const TOTAL = 'total';

/** One CSV row per cell, then the row totals, the column totals and the grand total (`total` in the dimensions summed over). */
export function pivotCsvRows(answer: PivotAnswer): { rows: Record<string, unknown>[]; columns: string[] } {
  const dimensions = [...answer.rows, ...answer.columns];
  const figureColumns = answer.measures.flatMap((m) => (m === 'spend' ? ['spend', 'spendYuan'] : [m]));
  const line = (row: PivotKey | undefined, column: PivotKey | undefined, figures: PivotFigures): Record<string, unknown> => ({
    ...Object.fromEntries(answer.rows.map((d) => [d, row ? row[d] : TOTAL])),
    ...Object.fromEntries(answer.columns.map((d) => [d, column ? column[d] : TOTAL])),
    ...Object.fromEntries(figureColumns.map((c) => [c, figures[c as keyof PivotFigures]])),
  });
  return {
    columns: [...dimensions, ...figureColumns],
    rows: [
      ...answer.cells.map((cell) => line(cell.row, cell.column, cell)),
      ...(answer.columns.length > 0 ? answer.rowTotals.map((total) => line(total.row, undefined, total)) : []),
      ...answer.columnTotals.map((total) => line(undefined, total.column, total)),
      ...(answer.columns.length > 0 ? [line(undefined, undefined, answer.total)] : []),
    ],
  };
}

import type { ReportColumn, ReportDescriptor, ReportRow } from '../report-descriptor.js';

/** The pivot sheet's columns: the report's dimensions (its columns without a stage), then stage, measure, value. */
export function pivotColumns(report: ReportDescriptor): ReportColumn[] {
  const stages = report.pivot?.stages;
  const measures = report.pivot?.measures;
  return [
    ...report.columns.filter((column) => !column.pivot && column.kind === 'text'),
    { key: 'stage', label: 'stage', kind: 'text', ...(stages ? { list: stages } : {}) },
    { key: 'measure', label: 'measure', kind: 'text', ...(measures ? { list: measures } : {}) },
    { key: 'value', label: 'value', kind: 'decimal' },
  ];
}

/**
 * Long ("tidy") rows for a pivot table: one row per row × stage × measure, its dimensions repeated,
 * `source` the column the value came from (for its number format). The funnel uses it; RFM and pivot
 * reports get the same sheet by marking their measure columns with `pivot`.
 */
export function pivotRows(report: ReportDescriptor, rows: readonly ReportRow[]): { row: ReportRow; source: ReportColumn }[] {
  const dimensions = report.columns.filter((column) => !column.pivot && column.kind === 'text');
  const measured = report.columns.filter((column) => column.pivot);
  return rows.flatMap((row) => {
    const kept = Object.fromEntries(dimensions.map((column) => [column.key, row[column.key]]));
    return measured.map((source) => ({
      row: { ...kept, stage: source.pivot?.stage, measure: source.pivot?.measure, value: row[source.key] ?? null },
      source,
    }));
  });
}

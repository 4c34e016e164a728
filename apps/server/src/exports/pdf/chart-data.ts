import type { LabelLocale } from '#domain';
import { fieldLabel, valueLabel } from '#domain';
import { textOf, yuanOf } from '../cell-values.js';
import type { ReportDescriptor, ReportRow } from '../report-descriptor.js';
import { pivotRows } from '../xlsx/pivot-rows.js';
import type { ChartPoint, ChartSpec } from './chart-svg.js';

/**
 * The chart's points: one per row (category and value columns, one line per series), or, for a report
 * with a pivot whose chart plots `stage`, the measure summed over the rows per stage (the funnel's
 * stages across its groups).
 */
export function chartSpecOf(report: ReportDescriptor, rows: readonly ReportRow[], locale: LabelLocale): ChartSpec | undefined {
  const chart = report.chart;
  if (!chart) return undefined;
  const valueColumn = report.columns.find((column) => column.key === chart.value || column.pivot?.measure === chart.value);
  const amount = (value: unknown): number => (typeof value !== 'number' ? 0 : valueColumn?.kind === 'money' ? yuanOf(value) : value);
  let data: ChartPoint[];
  let categoryTitle: string;
  if (report.pivot && chart.category === 'stage') {
    const sums = new Map<string, number>();
    for (const { row } of pivotRows(report, rows)) {
      if (row.measure !== chart.value) continue;
      const stage = String(row.stage);
      sums.set(stage, (sums.get(stage) ?? 0) + amount(row.value));
    }
    const stages = chart.only ?? [...sums.keys()];
    data = stages
      .map((stage) => [stage, sums.get(stage) ?? 0] as const)
      .map(([stage, value]) => ({ category: valueLabel(report.pivot?.stages ?? 'funnelStage', stage, locale), value }));
    categoryTitle = fieldLabel('stage', locale);
  } else {
    const category = report.columns.find((column) => column.key === chart.category);
    const series = report.columns.find((column) => column.key === chart.series);
    data = rows.map((row) => ({
      category: category ? textOf(category, row[category.key], locale) : String(row[chart.category]),
      value: amount(row[chart.value]),
      ...(series ? { series: textOf(series, row[series.key], locale) } : {}),
    }));
    categoryTitle = category ? fieldLabel(category.label, locale) : chart.category;
  }
  const valueTitle =
    report.pivot && chart.category === 'stage'
      ? valueLabel(report.pivot.measures, chart.value, locale)
      : valueColumn
        ? fieldLabel(valueColumn.label, locale)
        : chart.value;
  return { kind: chart.kind, data, categoryTitle, valueTitle };
}

import type { LabelLocale } from '#domain';
import { calendarDay } from '#shared';
import { textOf, wallClockDate, yuanOf } from '../cell-values.js';
import type { ReportColumn } from '../report-descriptor.js';

/** A value as printed: money as yuan with separators, shares as percentages, instants to the minute in the zone. */
export function pdfCellText(column: ReportColumn, value: unknown, locale: LabelLocale, timeZone: string): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'number') {
    if (column.kind === 'money') return yuanOf(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    if (column.kind === 'ratio') return `${(value * 100).toFixed(1)}%`;
    return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  }
  if (column.kind === 'datetime' && typeof value === 'string') {
    const local = wallClockDate(value, timeZone);
    if (local) return `${calendarDay(value, timeZone)} ${local.toISOString().slice(11, 16)}`;
  }
  return textOf(column, value, locale);
}

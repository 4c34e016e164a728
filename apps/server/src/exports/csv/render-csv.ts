import { stringify } from 'csv-stringify/sync';
import type { LabelLocale } from '#domain';
import { neutralisedText, textOf, yuanOf } from '../cell-values.js';
import { columnHeader } from '../column-header.js';
import type { ReportColumn, ReportDescriptor, ReportRow } from '../report-descriptor.js';

/** Excel (in China above all) reads a CSV as UTF-8 only when it starts with this byte order mark. */
const UTF8_BOM = '\uFEFF';

/**
 * An RFC 4180 CSV with a UTF-8 BOM. In English (the default) the headers are the machine names and the
 * values as stored, exactly as before the BOM, so integrations keep parsing it; in Chinese the headers
 * and list values are labels and money is in yuan, for people opening it in a spreadsheet.
 */
export function renderCsv(report: Pick<ReportDescriptor, 'columns'>, rows: readonly ReportRow[], locale: LabelLocale): string {
  const forPeople = locale !== 'en';
  const header = report.columns.map((column) => (forPeople ? columnHeader(column, locale) : column.key));
  const records = rows.map((row) => report.columns.map((column) => cell(column, row[column.key], forPeople ? locale : undefined)));
  return UTF8_BOM + stringify([header, ...records]);
}

function cell(column: ReportColumn, value: unknown, locale: LabelLocale | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  if (locale === undefined) return typeof value === 'string' ? neutralisedText(value) : String(value);
  if (column.kind === 'money' && typeof value === 'number') return yuanOf(value).toFixed(2);
  return neutralisedText(textOf(column, value, locale));
}

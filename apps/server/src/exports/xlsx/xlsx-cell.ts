import type { LabelLocale } from '#domain';
import { neutralisedText, textOf, wallClockDate, yuanOf } from '../cell-values.js';
import type { ColumnKind, ReportColumn } from '../report-descriptor.js';

type CellValue = string | number | Date | null;

const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  integer: '0',
  decimal: '0.##',
  ratio: '0.00%',
  money: '#,##0.00',
  datetime: 'yyyy-mm-dd hh:mm:ss',
};

export const numberFormatOf = (kind: ColumnKind): string | undefined => NUMBER_FORMATS[kind];

/** A typed cell: numbers as numbers, money in yuan, instants as dates in the time zone, text neutralised. */
export function xlsxCell(column: ReportColumn, value: unknown, locale: LabelLocale, timeZone: string): CellValue {
  if (value === undefined || value === null || value === '') return null;
  switch (column.kind) {
    case 'integer':
    case 'decimal':
    case 'ratio':
      return typeof value === 'number' ? value : text(column, value, locale);
    case 'money':
      return typeof value === 'number' ? yuanOf(value) : text(column, value, locale);
    case 'datetime':
      return (typeof value === 'string' ? wallClockDate(value, timeZone) : undefined) ?? text(column, value, locale);
    case 'text':
      return text(column, value, locale);
  }
}

const text = (column: ReportColumn, value: unknown, locale: LabelLocale): string => neutralisedText(textOf(column, value, locale));

import { fieldLabel, type LabelLocale } from '#domain';
import type { ReportColumn } from './report-descriptor.js';

/** A column's header in the locale: its label from the label table. */
export const columnHeader = (column: ReportColumn, locale: LabelLocale): string => fieldLabel(column.label, locale);

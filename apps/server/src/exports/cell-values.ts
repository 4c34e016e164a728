import type { LabelLocale } from '#domain';
import { valueLabel } from '#domain';
import type { ReportColumn } from './report-descriptor.js';

/** A leading = + - @ tab or CR makes spreadsheets evaluate the cell (CSV injection): such text is written quoted with `'`. */
export function neutralisedText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Yuan from minor units (fen), rounded to the cent. */
export const yuanOf = (minorUnits: number): number => Math.round(minorUnits) / 100;

/** A value as text: lists by their label in the locale, objects as JSON. */
export function textOf(column: ReportColumn, value: unknown, locale: LabelLocale): string {
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  const text = String(value);
  return column.list ? valueLabel(column.list, text, locale) : text;
}

/**
 * The wall-clock time of an instant in the time zone, as a Date whose UTC fields carry it: spreadsheet
 * dates have no zone, so a reader in Shanghai sees 09:30 for an instant at 01:30Z.
 */
export function wallClockDate(instant: string, timeZone: string): Date | undefined {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return undefined;
  const parts = wallClockFormatter(timeZone).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day'), part('hour') % 24, part('minute'), part('second')));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

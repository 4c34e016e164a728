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
  const time = new Date(instant).getTime();
  if (Number.isNaN(time)) return undefined;
  return new Date(time + offsetAt(time, timeZone));
}

// Intl is slow per call and a list export has a date or two per row: the zone's offset is computed
// once per half hour of instants (offsets change on the hour or the half hour).
const offsets = new Map<string, number>();

function offsetAt(time: number, timeZone: string): number {
  const hour = Math.floor(time / 1_800_000) * 1_800_000;
  const key = `${timeZone}|${hour}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const parts = wallClockFormatter(timeZone).formatToParts(new Date(hour));
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    offset = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour') % 24, part('minute'), part('second')) - hour;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
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

import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';

/** Sends rows as an RFC 4180 CSV download; nested values are written as JSON. */
export function sendCsv(reply: FastifyReply, filename: string, rows: readonly Record<string, unknown>[], columns: readonly string[]): void {
  const records = rows.map((row) => columns.map((column) => cell(row[column])));
  reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}.csv"`)
    .send(stringify([columns as string[], ...records]));
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  // A leading = + - @ makes spreadsheets evaluate the cell (CSV injection): quote it as text.
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
}

import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';

/**
 * Rows as an RFC 4180 CSV download, nested values written as JSON: sets the headers and gives the
 * body for the handler to return. (Sending it here as well as returning from a passthrough handler
 * would send twice: Fastify's "Reply was already sent" warning.)
 */
export function csvReply(reply: FastifyReply, filename: string, rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const records = rows.map((row) => columns.map((column) => cell(row[column])));
  reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}.csv"`);
  return stringify([columns as string[], ...records]);
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  // A leading = + - @ makes spreadsheets evaluate the cell (CSV injection): quote it as text.
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
}

import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';
import { neutralisedText } from '../../exports/cell-values.js';

/**
 * Rows as an RFC 4180 CSV download with a UTF-8 BOM (so Excel in China reads the Chinese text), nested
 * values written as JSON, for the routes without a report descriptor: sets the headers and gives the
 * body for the handler to return.
 */
export function csvReply(reply: FastifyReply, filename: string, rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const records = rows.map((row) => columns.map((column) => cell(row[column])));
  reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}.csv"`);
  return `\uFEFF${stringify([columns as string[], ...records])}`;
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return typeof value === 'string' ? neutralisedText(value) : String(value);
}

import { parse } from 'csv-parse/sync';

export const MAX_IMPORT_ROWS = 10_000;

/** A CSV cell like `contact.phone` becomes `{ contact: { phone } }`; empty cells are left out. */
function nest(flat: Record<string, string>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(flat)) {
    const value = raw.trim();
    if (value === '') continue;
    const path = column.trim().split('.');
    let target = row;
    for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[path[path.length - 1]] = column === 'allowDuplicate' ? value.toLowerCase() === 'true' : value;
  }
  return row;
}

/** Rows of an import: a JSON array of registration bodies, or CSV with a header line. */
export function importRows(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (typeof body === 'string') {
    const records = parse(body, { columns: true, skip_empty_lines: true, bom: true, relax_column_count: false }) as Record<string, string>[];
    return records.map(nest);
  }
  throw new ImportFormatError('Send a JSON array of customers or CSV (text/csv) with a header line');
}

export class ImportFormatError extends Error {}

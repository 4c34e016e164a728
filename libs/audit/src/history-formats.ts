import { stringify } from 'csv-stringify/sync';
import { canonicalJson } from '#event-store';
import type { HistoryItem } from './history-item.js';

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

// Everything eventHash needs is a column, so anyone can recompute the chain from the file alone.
const CSV_COLUMNS = [
  'position',
  'revision',
  'eventId',
  'type',
  'occurredAt',
  'recordedAt',
  'actorId',
  'actorRole',
  'correlationId',
  'causationId',
  'schemaVersion',
  'hashVersion',
  'otherMetadata',
  'prevHash',
  'hash',
  'data',
] as const;

const COLUMN_KEYS: ReadonlySet<string> = new Set(CSV_COLUMNS);

/** Metadata keys without a column of their own (none today), as canonical JSON. */
function otherMetadata(metadata: HistoryItem['metadata']): string {
  return canonicalJson(Object.fromEntries(Object.entries(metadata).filter(([key]) => !COLUMN_KEYS.has(key))));
}

function historyCsv(items: readonly HistoryItem[]): string {
  const rows = items.map(({ id, type, revision, position, data, metadata: m }) => [
    position,
    revision,
    id,
    type,
    m.occurredAt,
    m.recordedAt,
    m.actorId,
    m.actorRole,
    m.correlationId,
    m.causationId,
    m.schemaVersion,
    m.hashVersion ?? 1,
    otherMetadata(m),
    m.prevHash,
    m.hash,
    canonicalJson(data),
  ]);
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: '\n' });
}

function historyJson(customerId: string, items: readonly HistoryItem[]): string {
  const headHash = items.length > 0 ? items[items.length - 1].metadata.hash : undefined;
  return `${JSON.stringify({ customerId, events: items.length, headHash, items }, null, 2)}\n`;
}

export function formatHistory(format: ExportFormat, customerId: string, items: readonly HistoryItem[]): string {
  return format === 'csv' ? historyCsv(items) : historyJson(customerId, items);
}

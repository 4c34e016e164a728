import type { HistoryItem } from '#audit';
import { canonicalJson } from '#event-store';
import type { ReportDescriptor, ReportRow } from '../../../exports/report-descriptor.js';

// The columns of the signed CSV export (libs/audit history-formats.ts), for reading in a spreadsheet.
// The XLSX is a view for people: the signed CSV stays the file whose bytes prove the history.
const COLUMN_KEYS: ReadonlySet<string> = new Set([
  'occurredAt',
  'recordedAt',
  'actorId',
  'actorRole',
  'correlationId',
  'causationId',
  'schemaVersion',
  'hashVersion',
  'prevHash',
  'hash',
]);

export const HISTORY_REPORT = (customerId: string): ReportDescriptor => ({
  name: `customer-${customerId}-history`,
  title: { en: 'Customer history', 'zh-Hans': '客户事件历史', 'zh-Hant': '客戶事件歷史' },
  columns: [
    { key: 'position', label: 'position', kind: 'integer' },
    { key: 'revision', label: 'revision', kind: 'integer' },
    { key: 'eventId', label: 'eventId', kind: 'text' },
    { key: 'type', label: 'eventType', kind: 'text' },
    { key: 'occurredAt', label: 'occurredAt', kind: 'datetime' },
    { key: 'recordedAt', label: 'recordedAt', kind: 'datetime' },
    { key: 'actorId', label: 'actorId', kind: 'text' },
    { key: 'actorRole', label: 'actorRole', kind: 'text' },
    { key: 'correlationId', label: 'correlationId', kind: 'text' },
    { key: 'causationId', label: 'causationId', kind: 'text' },
    { key: 'schemaVersion', label: 'schemaVersion', kind: 'integer' },
    { key: 'hashVersion', label: 'hashVersion', kind: 'integer' },
    { key: 'otherMetadata', label: 'otherMetadata', kind: 'text' },
    { key: 'prevHash', label: 'prevHash', kind: 'text' },
    { key: 'hash', label: 'hash', kind: 'text' },
    { key: 'data', label: 'data', kind: 'text' },
  ],
});

export function historyRow({ id, type, revision, position, data, metadata }: HistoryItem): ReportRow {
  return {
    ...metadata,
    position,
    revision,
    eventId: id,
    type,
    hashVersion: metadata.hashVersion ?? 1,
    otherMetadata: canonicalJson(Object.fromEntries(Object.entries(metadata).filter(([key]) => !COLUMN_KEYS.has(key)))),
    data: canonicalJson(data),
  };
}

import type { EventMetadata, GlobalPosition, RecordedEvent, StreamRevision } from '#event-store';

/** One event of a customer's history, as stored (data and metadata untouched). */
export interface HistoryItem {
  id: string;
  type: string;
  revision: StreamRevision;
  position: GlobalPosition;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

export function toHistoryItem({ id, type, revision, position, data, metadata }: RecordedEvent): HistoryItem {
  return { id, type, revision, position, data, metadata };
}

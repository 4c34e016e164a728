import type { RecordedEvent } from '../event-store.port.js';

/**
 * Turns the stored data of one event type from `fromVersion` into `fromVersion + 1`.
 * Upcasters never rename types: readAll/subscribeToAll filter by type inside the store.
 */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: Record<string, unknown>, event: RecordedEvent): Record<string, unknown>;
}

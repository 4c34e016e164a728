import type { EventStore, RecordedEvent } from '../event-store.port.js';
import { ReadMappingEventStore } from '../read-mapping-event-store.js';
import type { UpcasterRegistry } from './upcaster-registry.js';

/**
 * Decorates an EventStore so that every read returns events in their current schema version.
 * Writes pass through unchanged. Anything that checks the hash chain must read `stored` instead:
 * the chain covers the data as stored, not as upcast.
 */
export class UpcastingEventStore extends ReadMappingEventStore {
  constructor(
    stored: EventStore,
    private readonly registry: UpcasterRegistry,
  ) {
    super(stored);
  }

  protected mapRead(event: RecordedEvent): RecordedEvent {
    return this.registry.upcast(event);
  }
}

export { storedEventsOf } from '../stored-events.js';

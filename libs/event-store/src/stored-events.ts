import type { EventStore } from './event-store.port.js';

/** A decorator over another store (upcasting, personal-data encryption) exposes what it wraps. */
interface DecoratedEventStore extends EventStore {
  readonly stored: EventStore;
}

function isDecorated(store: EventStore): store is DecoratedEventStore {
  return 'stored' in store && typeof (store as DecoratedEventStore).stored?.append === 'function';
}

/** The store beneath every decorator: the events exactly as written, which is what the hash chain covers. */
export function storedEventsOf(store: EventStore): EventStore {
  return isDecorated(store) ? storedEventsOf(store.stored) : store;
}

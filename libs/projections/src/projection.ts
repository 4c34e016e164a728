import type { RecordedEvent } from '#event-store';
import type { CollectionSpec, ReadDocument } from '#read-store';

/**
 * The documents a projection reads and writes while applying one event. Reads see the projection's
 * own writes of the current batch. A write to a document that already reflects this event (its
 * stored position is at or past the event's) is dropped, so applying an event twice changes nothing.
 */
export interface ProjectionDocuments {
  /** A cached document comes back as is, without a promise: await the result either way. */
  get<T extends ReadDocument>(collection: string, id: string): T | undefined | Promise<T | undefined>;
  put(collection: string, document: ReadDocument): void;
  remove(collection: string, id: string): void;
}

/** A read model: its collections and how an event changes their documents. */
export interface Projection {
  readonly name: string;
  readonly collections: readonly CollectionSpec[];
  apply(event: RecordedEvent, documents: ProjectionDocuments): Promise<void>;
}

import type { DocumentWrite, ReadDocument, ReadStore } from '../../../read-store/src/index.js';

/** Where documents not in the cache come from: the live store, or a rebuild's shadow. */
export type DocumentSource = Pick<ReadStore, 'get'>;
import type { ProjectionDocuments } from '../projection.js';

interface Entry {
  document: ReadDocument | undefined;
  /** Position of the last event reflected in the document (0: none). */
  position: number;
  dirty: boolean;
}

const DEFAULT_MAX_CACHED = 50_000;

/**
 * The runner's view of a projection's documents: a write-back cache over the read store.
 * Applying event at position p to a document whose position is already >= p is a no-op.
 * Projections must treat what `get` returns as immutable: it is the cached document itself.
 */
export class BatchDocuments {
  private readonly entries = new Map<string, Entry>();
  private readonly dirtyKeys = new Set<string>();

  constructor(
    private readonly store: DocumentSource,
    /** Clean entries beyond this are evicted, least recently used first. */
    private readonly maxCached = DEFAULT_MAX_CACHED,
  ) {}

  /** The ProjectionDocuments handed to the projection for one event. */
  forEvent(position: number): ProjectionDocuments {
    return {
      get: async <T extends ReadDocument>(collection: string, id: string) => (await this.entry(collection, id)).document as T | undefined,
      put: (collection, document) => this.write(collection, document.id, document, position),
      remove: (collection, id) => this.write(collection, id, undefined, position),
    };
  }

  get pendingWrites(): number {
    return this.dirtyKeys.size;
  }

  /** The writes to commit, oldest first; marks them clean. */
  drainWrites(): DocumentWrite[] {
    const writes: DocumentWrite[] = [];
    for (const key of this.dirtyKeys) {
      const entry = this.entries.get(key) as Entry;
      entry.dirty = false;
      const collection = key.slice(0, key.indexOf('\u0000'));
      const id = key.slice(collection.length + 1);
      writes.push(
        entry.document
          ? { kind: 'put', collection, document: entry.document, position: entry.position }
          : { kind: 'delete', collection, id, position: entry.position },
      );
    }
    this.dirtyKeys.clear();
    this.evictLeastRecentlyUsed();
    return writes;
  }

  clear(): void {
    this.entries.clear();
    this.dirtyKeys.clear();
  }

  /** Everything is clean right after a drain; Map order is recency order (see entry()). */
  private evictLeastRecentlyUsed(): void {
    let excess = this.entries.size - this.maxCached;
    if (excess <= 0) return;
    for (const key of this.entries.keys()) {
      if (excess-- <= 0) break;
      this.entries.delete(key);
    }
  }

  private async entry(collection: string, id: string): Promise<Entry> {
    const key = `${collection}\u0000${id}`;
    let entry = this.entries.get(key);
    if (entry) {
      // Re-inserting moves the key to the end: the Map stays in least-recently-used-first order.
      this.entries.delete(key);
      this.entries.set(key, entry);
    } else {
      const stored = await this.store.get(collection, id);
      entry = { document: stored?.document, position: stored?.position ?? 0, dirty: false };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private write(collection: string, id: string, document: ReadDocument | undefined, position: number): void {
    const key = `${collection}\u0000${id}`;
    const entry = this.entries.get(key);
    // A blind write (no get first) is still safe: the store guards it by position at commit.
    if (entry && entry.position >= position) return;
    this.entries.delete(key);
    this.entries.set(key, { document, position, dirty: true });
    this.dirtyKeys.add(key);
  }
}

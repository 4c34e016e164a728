import type { DocumentWrite, ReadDocument, ReadStore } from '#read-store';
import type { ProjectionDocuments } from '../projection.js';

/** Where documents not in the cache come from: the live store, or a rebuild's shadow. */
export type DocumentSource = Pick<ReadStore, 'get'>;

interface Entry {
  document: ReadDocument | undefined;
  /** Position of the last event reflected in the document (0: none). */
  position: number;
  dirty: boolean;
  /** Access clock value of the last get or write: the smallest are the least recently used. */
  used: number;
}

const DEFAULT_MAX_CACHED = 50_000;

/**
 * The runner's view of a projection's documents: a write-back cache over the read store.
 * Applying event at position p to a document whose position is already >= p is a no-op.
 * Projections must treat what `get` returns as immutable: it is the cached document itself.
 */
export class BatchDocuments {
  /** Per collection, per id: no key concatenation on the hot path. */
  private readonly collections = new Map<string, Map<string, Entry>>();
  private readonly dirty: [string, string, Entry][] = [];
  private size = 0;
  private clock = 0;
  private position = 0;
  private readonly view: ProjectionDocuments = {
    get: <T extends ReadDocument>(collection: string, id: string) => this.get(collection, id) as T | undefined | Promise<T | undefined>,
    put: (collection, document) => this.write(collection, document.id, document, this.position),
    remove: (collection, id) => this.write(collection, id, undefined, this.position),
  };

  constructor(
    private readonly store: DocumentSource,
    /** Clean entries beyond this are evicted, least recently used first. */
    private readonly maxCached = DEFAULT_MAX_CACHED,
  ) {}

  /**
   * The ProjectionDocuments handed to the projection for one event. One object per cache, re-aimed at
   * each event's position: events are applied one at a time, and a replay makes millions of them.
   */
  forEvent(position: number): ProjectionDocuments {
    this.position = position;
    return this.view;
  }

  get pendingWrites(): number {
    return this.dirty.length;
  }

  /** The writes to commit, oldest first; marks them clean. */
  drainWrites(): DocumentWrite[] {
    const writes: DocumentWrite[] = [];
    for (const [collection, id, entry] of this.dirty) {
      entry.dirty = false;
      writes.push(
        entry.document
          ? { kind: 'put', collection, document: entry.document, position: entry.position }
          : { kind: 'delete', collection, id, position: entry.position },
      );
    }
    this.dirty.length = 0;
    this.evictLeastRecentlyUsed();
    return writes;
  }

  clear(): void {
    this.collections.clear();
    this.dirty.length = 0;
    this.size = 0;
  }

  /**
   * Everything is clean right after a drain. Access stamps are unique, so the entries stamped within
   * the last maxCached accesses are at most maxCached: one pass keeps them, no sort.
   */
  private evictLeastRecentlyUsed(): void {
    if (this.size <= this.maxCached) return;
    const threshold = this.clock - this.maxCached;
    for (const entries of this.collections.values()) {
      for (const [id, entry] of entries) {
        if (entry.used <= threshold) {
          entries.delete(id);
          this.size -= 1;
        }
      }
    }
  }

  private entries(collection: string): Map<string, Entry> {
    let entries = this.collections.get(collection);
    if (!entries) {
      entries = new Map();
      this.collections.set(collection, entries);
    }
    return entries;
  }

  /** The cached document itself when there is one (no promise per read: most reads hit), else a load. */
  private get(collection: string, id: string): ReadDocument | undefined | Promise<ReadDocument | undefined> {
    const entry = this.entries(collection).get(id);
    if (entry) {
      entry.used = ++this.clock;
      return entry.document;
    }
    return this.load(collection, id);
  }

  private async load(collection: string, id: string): Promise<ReadDocument | undefined> {
    const stored = await this.store.get(collection, id);
    const entries = this.entries(collection);
    // A write of the same document may have landed while the store was read.
    let entry = entries.get(id);
    if (!entry) {
      entry = { document: stored?.document, position: stored?.position ?? 0, dirty: false, used: 0 };
      entries.set(id, entry);
      this.size += 1;
    }
    entry.used = ++this.clock;
    return entry.document;
  }

  private write(collection: string, id: string, document: ReadDocument | undefined, position: number): void {
    const entries = this.entries(collection);
    const entry = entries.get(id);
    // A blind write (no get first) is still safe: the store guards it by position at commit.
    if (!entry) {
      const created: Entry = { document, position, dirty: true, used: ++this.clock };
      entries.set(id, created);
      this.size += 1;
      this.dirty.push([collection, id, created]);
      return;
    }
    if (entry.position >= position) return;
    entry.document = document;
    entry.position = position;
    entry.used = ++this.clock;
    if (!entry.dirty) {
      entry.dirty = true;
      this.dirty.push([collection, id, entry]);
    }
  }
}

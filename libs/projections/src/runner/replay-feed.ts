import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { CUSTOMER_STREAM_PREFIX } from '#domain';
import type { EventStore } from '#event-store';
import type { Checkpoint, ReadModelRebuild } from '#read-store';
import type { Projection } from '../projection.js';
import { BatchDocuments } from './batch-documents.js';
import { WrittenKeysFilter } from './written-keys-filter.js';

const PAGE_SIZE = 2000;

/**
 * Documents kept in memory per projection during a rebuild (least recently used evicted). With eight
 * read models, the cache and a batch's dirty documents are most of a rebuild's heap: peak RSS follows them.
 */
const REBUILD_CACHE = 10_000;

/** One projection being replayed into a rebuild target. */
export class ReplayTarget {
  readonly documents: BatchDocuments;
  position: Checkpoint = 0;
  private readonly written = new WrittenKeysFilter();

  constructor(
    readonly projection: Projection,
    readonly rebuild: ReadModelRebuild,
  ) {
    this.documents = new BatchDocuments(
      { get: (collection, id) => (this.written.mightContain(`${collection}\u0000${id}`) ? rebuild.get(collection, id) : Promise.resolve(undefined)) },
      REBUILD_CACHE,
    );
  }

  async flush(): Promise<void> {
    const writes = this.documents.drainWrites();
    for (const write of writes) this.written.add(`${write.collection}\u0000${write.kind === 'put' ? write.document.id : write.id}`);
    await this.rebuild.commit(writes, this.position);
  }
}

interface ReplayProgress {
  position: number;
  head: number;
  events: number;
}

export interface ReplayOptions {
  /** Events per commit. */
  batchSize?: number;
  onProgress?: (progress: ReplayProgress) => void;
  /** Checked between pages: an aborted replay throws. */
  signal?: AbortSignal;
}

/**
 * Reads the customer feed once from `after` to its current end and applies every event to every
 * target, committing all of them every batch. Between batches it yields, so a server keeps answering.
 * Returns the number of events applied.
 */
export async function replayFeed(events: EventStore, targets: readonly ReplayTarget[], after: Checkpoint, options: ReplayOptions = {}): Promise<number> {
  const batchSize = options.batchSize ?? 20_000;
  const head = await events.headPosition();
  let position = after;
  let applied = 0;
  let sinceCommit = 0;
  const commit = async () => {
    for (const target of targets) await target.flush();
    sinceCommit = 0;
    options.onProgress?.({ position, head: Math.max(head, position), events: applied });
    await yieldToEventLoop();
  };
  for (;;) {
    options.signal?.throwIfAborted();
    const page = await events.readAll({ after: position, streamPrefixes: [CUSTOMER_STREAM_PREFIX], limit: PAGE_SIZE });
    if (page.length === 0) break;
    for (const event of page) {
      for (const target of targets) {
        await target.projection.apply(event, target.documents.forEvent(event.position));
        target.position = event.position;
      }
      position = event.position;
    }
    applied += page.length;
    sinceCommit += page.length;
    if (sinceCommit >= batchSize) await commit();
  }
  await commit();
  return applied;
}

import { randomUUID } from 'node:crypto';
import { CUSTOMER_STREAM_PREFIX } from '#domain';
import { WrongExpectedRevisionError, type EventStore, type ProposedEvent, type StreamRevision } from '#event-store';
import type { Clock } from '#shared';
import { ANCHOR_STREAM, STREAM_HEADS_ANCHORED, type AnchoredHead, type StreamHeadsAnchoredData } from './stream-anchor.js';

/** Events read per page; each page that moved some stream becomes one anchor event, so memory stays bounded. */
const PAGE = 1000;

interface AnchorStreamHead {
  revision: StreamRevision;
  /** Undefined before the first anchor: read the feed from its start. */
  throughPosition?: number;
}

export interface AnchorRun {
  anchors: number;
  heads: number;
}

/**
 * Appends anchors for every customer stream that grew since the last anchor. Incremental (reads the
 * feed from the last anchor's position on) and adapter-agnostic (only the EventStore port). A run
 * racing another (a second replica) loses the optimistic append, rereads the anchors and goes on after them.
 */
export class StreamAnchorWriter {
  private last: AnchorStreamHead | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async anchor(signal?: AbortSignal): Promise<AnchorRun> {
    const run: AnchorRun = { anchors: 0, heads: 0 };
    let last = this.last ?? (await this.readLast());
    while (!signal?.aborted) {
      const page = await this.store.readAll({
        ...(last.throughPosition === undefined ? {} : { after: last.throughPosition }),
        streamPrefixes: [CUSTOMER_STREAM_PREFIX],
        limit: PAGE,
      });
      if (page.length === 0) break;
      const heads = new Map<string, AnchoredHead>();
      for (const event of page) heads.set(event.streamId, { streamId: event.streamId, revision: event.revision, hash: event.metadata.hash });
      const data: StreamHeadsAnchoredData = { throughPosition: page[page.length - 1].position, heads: [...heads.values()] };
      try {
        await this.store.append(ANCHOR_STREAM, [this.anchorEvent(data)], last.revision < 0 ? 'no_stream' : last.revision);
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        last = await this.readLast();
        continue;
      }
      last = { revision: last.revision + 1, throughPosition: data.throughPosition };
      this.last = last;
      run.anchors += 1;
      run.heads += data.heads.length;
    }
    return run;
  }

  private async readLast(): Promise<AnchorStreamHead> {
    let last: AnchorStreamHead = { revision: -1 };
    for (let from = 0; ; from += PAGE) {
      const page = await this.store.readStream(ANCHOR_STREAM, { fromRevision: from, maxCount: PAGE });
      const newest = page.at(-1);
      if (newest) last = { revision: newest.revision, throughPosition: (newest.data as unknown as StreamHeadsAnchoredData).throughPosition };
      if (page.length < PAGE) return last;
    }
  }

  private anchorEvent(data: StreamHeadsAnchoredData): ProposedEvent {
    const id = randomUUID();
    return {
      id,
      type: STREAM_HEADS_ANCHORED,
      data: data as unknown as Record<string, unknown>,
      metadata: { actorId: 'system', actorRole: 'system', correlationId: id, causationId: id, occurredAt: this.clock.now().toISOString(), schemaVersion: 1 },
    };
  }
}

import type { AllStreamRecordedEvent, Position, ReadPosition } from '@eventstore/db-client';
import type { Clock } from '#shared';
import { WrongExpectedRevisionError } from '../event-store.errors.js';
import type {
  AppendResult,
  EventStore,
  EventSubscription,
  ExpectedRevision,
  GlobalPosition,
  ProposedEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
} from '../event-store.port.js';
import { satisfiesExpectedRevision } from '../expected-revision.js';
import { GENESIS_HASH } from '../hash-chain.js';
import { OpenSubscriptions } from '../open-subscriptions.js';
import { EventStoreDbConnection } from './eventstoredb-client.js';
import {
  appendedPosition,
  appendRevisionAfter,
  findPreviousAppend,
  fromRecordedEvent,
  isSystemEvent,
  isWrongExpectedVersion,
  matchesFeedFilter,
  sealBatch,
  toGlobalPosition,
  toNativePosition,
  toWrongExpectedRevision,
} from './eventstoredb-mapping.js';
import { EventStoreDbSubscription } from './eventstoredb-subscription.js';

const MAX_APPEND_ATTEMPTS = 10;
const FEED_PAGE = 500;

export async function connectEventStoreDb(connectionString: string, clock: Clock): Promise<EventStoreDbEventStore> {
  return new EventStoreDbEventStore(EventStoreDbConnection.fromConnectionString(connectionString), clock);
}

export class EventStoreDbEventStore implements EventStore {
  private readonly subscriptions = new OpenSubscriptions<EventSubscription>();

  constructor(
    private readonly connection: EventStoreDbConnection,
    private readonly clock: Clock,
  ) {}

  /**
   * Reads the stream's tail first (for prevHash, and to spot an idempotent retry: the server only
   * deduplicates ids in quick succession), then appends at the exact revision it read, so a
   * concurrent writer makes us re-read instead of breaking the hash chain. With 'any' and
   * 'stream_exists' a conflict is retried; with an exact expectation it is the caller's conflict.
   */
  async append(streamId: string, events: readonly ProposedEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    for (let attempt = 1; ; attempt += 1) {
      const tail = await this.readTail(streamId, Math.max(events.length, 1));
      const retried = await this.findRetryNearTail(streamId, events, tail);
      if (retried) return retried;
      const head = tail.at(-1);
      const current = head?.revision ?? -1;

      if (!satisfiesExpectedRevision(expected, current)) {
        const earlier = await this.findEarlierAppend(streamId, events, expected, current);
        if (earlier) return earlier;
        throw new WrongExpectedRevisionError(streamId, expected, current);
      }
      if (events.length === 0) return { nextRevision: current, position: head?.position ?? 0 };

      const sealed = sealBatch(events, head?.metadata.hash ?? GENESIS_HASH, this.clock.now().toISOString());
      try {
        const result = await this.connection.append(streamId, sealed, appendRevisionAfter(current));
        const nextRevision = Number(result.nextRevision);
        return { nextRevision, position: await this.positionOf(streamId, result.position) };
      } catch (error) {
        if (!isWrongExpectedVersion(error)) throw error;
        // Someone appended between our read and write. Re-reading decides: our own earlier write
        // (idempotent), a conflict for an exact expectation, or another try for 'any'.
        if (attempt >= MAX_APPEND_ATTEMPTS) throw toWrongExpectedRevision(error, streamId, expected);
        await delay(Math.random() * 10 * attempt);
      }
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const from = options.fromRevision ?? 0;
    let maxCount = options.maxCount;
    if (options.toRevision !== undefined) {
      const span = options.toRevision - from + 1;
      maxCount = maxCount === undefined ? span : Math.min(maxCount, span);
    }
    if (maxCount !== undefined && maxCount <= 0) return [];
    const events = await this.connection.readStream(streamId, { fromRevision: BigInt(from), maxCount });
    return events.map(fromRecordedEvent);
  }

  /**
   * Client v6 cannot filter reads of $all (it always sends NoFilter), so pages are filtered here;
   * subscriptions are filtered by the server.
   */
  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const found: RecordedEvent[] = [];
    let cursor: ReadPosition = toNativePosition(options.after);
    for (;;) {
      const page = await this.connection.readAll({ from: cursor, maxCount: Math.max(options.limit, FEED_PAGE) });
      for (const native of page) {
        // A forward read starts AT its position: drop the event we resumed after.
        if (samePosition(native.position, cursor)) continue;
        cursor = native.position;
        if (!matchesFeedFilter(native, options)) continue;
        found.push(fromRecordedEvent(native));
        if (found.length >= options.limit) return found;
      }
      if (page.length < FEED_PAGE) return found;
    }
  }

  subscribeToAll(options: SubscribeOptions): EventSubscription {
    const subscription = new EventStoreDbSubscription(this.connection, options);
    return this.subscriptions.track(subscription);
  }

  /** Newest non-system event, found by reading $all backwards past the server's own events. */
  async headPosition(): Promise<GlobalPosition> {
    let cursor: ReadPosition = 'end';
    for (;;) {
      const page = await this.connection.readAll({ from: cursor, maxCount: FEED_PAGE, backwards: true });
      for (const native of page) {
        if (!isSystemEvent(native)) return toGlobalPosition(native.position);
      }
      if (page.length < FEED_PAGE) return 0;
      cursor = (page.at(-1) as AllStreamRecordedEvent).position;
    }
  }

  async ping(): Promise<void> {
    await this.connection.readAll({ from: 'end', maxCount: 1, backwards: true });
  }

  async close(): Promise<void> {
    await this.subscriptions.closeAll();
    await this.connection.dispose();
  }

  /** The last `count` events of the stream, oldest first. */
  private async readTail(streamId: string, count: number): Promise<RecordedEvent[]> {
    const newestFirst = await this.connection.readStream(streamId, { backwards: true, maxCount: count });
    return newestFirst.map(fromRecordedEvent).reverse();
  }

  /** The tail holds some of the batch's ids: check the whole batch where it would have started. */
  private async findRetryNearTail(streamId: string, events: readonly ProposedEvent[], tail: readonly RecordedEvent[]): Promise<AppendResult | undefined> {
    const ids = events.map((e) => e.id);
    const hit = tail.find((e) => ids.includes(e.id));
    if (!hit) return undefined;
    const start = Math.max(hit.revision - ids.indexOf(hit.id), 0);
    const window = start >= tail[0].revision ? tail : await this.readStream(streamId, { fromRevision: start, maxCount: events.length });
    return findPreviousAppend(window, events);
  }

  /** A retry whose events were followed by others: look where the caller expected them to land. */
  private async findEarlierAppend(
    streamId: string,
    events: readonly ProposedEvent[],
    expected: ExpectedRevision,
    current: number,
  ): Promise<AppendResult | undefined> {
    if (events.length === 0) return undefined;
    const from = expected === 'no_stream' ? 0 : typeof expected === 'number' && expected < current ? expected + 1 : undefined;
    if (from === undefined || current < 0) return undefined;
    const window = await this.readStream(streamId, { fromRevision: from, maxCount: events.length });
    return findPreviousAppend(window, events);
  }

  private async positionOf(streamId: string, reported: Position | undefined): Promise<GlobalPosition> {
    if (reported && reported.commit > 0n) return appendedPosition(reported);
    const [last] = await this.readTail(streamId, 1);
    return last.position;
  }
}

function samePosition(a: Position, b: ReadPosition): boolean {
  return typeof b === 'object' && a.commit === b.commit && a.prepare === b.prepare;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

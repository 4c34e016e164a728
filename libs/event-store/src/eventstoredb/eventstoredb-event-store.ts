import type { Position, ReadPosition } from '@kurrent/kurrentdb-client';
import type { Clock } from '#shared';
import { assertDistinctStreams, WrongExpectedRevisionError } from '../event-store.errors.js';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  GlobalPosition,
  ProposedEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamAppend,
  SubscribeOptions,
} from '../event-store.port.js';
import { satisfiesExpectedRevision } from '../expected-revision.js';
import { GENESIS_HASH } from '../hash-chain.js';
import { OpenSubscriptions } from '../open-subscriptions.js';
import { connectKurrentDb, type KurrentDbConnection, type KurrentDbStreamAppend } from './eventstoredb-client.js';
import {
  appendedPosition,
  appendRevisionAfter,
  findPreviousAppend,
  fromRecordedEvent,
  isReportedPosition,
  isSystemEvent,
  isUnsupported,
  isWrongExpectedVersion,
  matchesFeedFilter,
  sealBatch,
  serverFilterFor,
  toGlobalPosition,
  toNativePosition,
  toPropertyEvent,
  toWrongExpectedRevision,
} from './eventstoredb-mapping.js';
import { EventStoreDbSubscription, processWarnings, type SubscriptionLogger } from './eventstoredb-subscription.js';

const MAX_APPEND_ATTEMPTS = 10;
const FEED_PAGE = 500;
const HEAD_PAGE = 20;
/** Events read per round trip when an append with `any`/`stream_exists` looks for an earlier copy of its batch. */
const SCAN_PAGE = 200;

export interface EventStoreDbOptions {
  /** Where subscriptions report the transient failures they retry (default: Node process warnings). */
  logger?: SubscriptionLogger;
}

/** Accepts `kurrentdb://`, `kurrentdb+discover://` and the older `esdb://`, `esdb+discover://` strings. */
export async function connectEventStoreDb(connectionString: string, clock: Clock, options: EventStoreDbOptions = {}): Promise<EventStoreDbEventStore> {
  return new EventStoreDbEventStore(connectKurrentDb(connectionString), clock, options);
}

/** A part of a multi-stream append after its stream was read: a retry already in place, or the sealed events to write on top of `current`. */
type PlannedPart = { retried: AppendResult } | { write: KurrentDbStreamAppend; current: number };

export class EventStoreDbEventStore implements EventStore {
  private readonly subscriptions = new OpenSubscriptions<EventStoreDbSubscription>();
  /** Set once the server answered that it has no multi-stream append (before KurrentDB 25.1). */
  private multiStreamUnsupported = false;

  constructor(
    private readonly connection: KurrentDbConnection,
    private readonly clock: Clock,
    private readonly options: EventStoreDbOptions = {},
  ) {}

  /**
   * Looks for an earlier copy of the batch first (a retry appends nothing: the server only
   * deduplicates ids in quick succession and at the same expected revision), then appends at the
   * exact revision it read, so a concurrent writer makes us re-read instead of breaking the hash
   * chain. With 'any' and 'stream_exists' a conflict is retried; with an exact expectation it is the
   * caller's conflict.
   */
  async append(streamId: string, events: readonly ProposedEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    for (let attempt = 1; ; attempt += 1) {
      const [head] = await this.readBackwards(streamId, undefined, 1);
      const current = head?.revision ?? -1;
      const retried = await this.findEarlierAppend(streamId, events, expected, current);
      if (retried) return retried;

      if (!satisfiesExpectedRevision(expected, current)) throw new WrongExpectedRevisionError(streamId, expected, current);
      if (events.length === 0) return { nextRevision: current, position: head?.position ?? 0 };

      const sealed = sealBatch(events, head?.metadata.hash ?? GENESIS_HASH, this.clock.now().toISOString());
      try {
        const result = await this.connection.append(streamId, sealed, appendRevisionAfter(current));
        const nextRevision = Number(result.nextRevision);
        return { nextRevision, position: await this.batchPosition(streamId, nextRevision, result.position) };
      } catch (error) {
        if (!isWrongExpectedVersion(error)) throw error;
        // Someone appended between our read and write. Re-reading decides: our own earlier write
        // (idempotent), a conflict for an exact expectation, or another try for 'any'.
        if (attempt >= MAX_APPEND_ATTEMPTS) throw toWrongExpectedRevision(error, streamId, expected);
        await delay(Math.random() * 10 * attempt);
      }
    }
  }

  /**
   * KurrentDB ≥ 25.1: one AppendSession (multiStreamAppend), atomic on the server. Each stream is
   * read first, as `append` does (an earlier copy of its part is a retry: nothing to write; the
   * events are sealed on top of the head read and sent with that exact revision), so a concurrent
   * writer makes the whole session fail with the client's WrongExpectedVersionError naming the
   * stream; we then re-read, and the re-read decides (the caller's conflict, or another try).
   *
   * Older servers (EventStoreDB ≤ 24.10, KurrentDB 25.0) have no atomic multi-stream write; the
   * client raises UnsupportedError before sending anything. We then fall back, with one warning,
   * to checking every part's expectation first and appending the parts one by one in the order
   * given: an expectation that fails is still refused with nothing written, but a crash or a
   * concurrent writer between two parts can leave the earlier parts written (callers order their
   * parts so that the first decides, as they did before this operation existed).
   */
  async appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    assertDistinctStreams(appends);
    if (this.multiStreamUnsupported) return this.appendOneByOne(appends);
    for (let attempt = 1; ; attempt += 1) {
      const planned = await Promise.all(appends.map((part) => this.planPart(part)));
      const writes = planned.flatMap((plan) => ('write' in plan ? [plan.write] : []));
      if (writes.length === 0) return planned.map((plan) => (plan as { retried: AppendResult }).retried);
      try {
        const written = await this.connection.appendToStreams(writes);
        return await Promise.all(
          planned.map(async (plan) => {
            if ('retried' in plan) return plan.retried;
            const nextRevision = Number(written.revisions.get(plan.write.streamId) ?? BigInt(plan.current + plan.write.events.length));
            return { nextRevision, position: await this.batchPosition(plan.write.streamId, nextRevision, undefined) };
          }),
        );
      } catch (error) {
        if (isUnsupported(error)) {
          this.multiStreamUnsupported = true;
          (this.options.logger ?? processWarnings).warn(
            'This KurrentDB/EventStoreDB server has no multi-stream append (KurrentDB 25.1 or later): appending the parts one by one after checking them all',
          );
          return this.appendOneByOne(appends);
        }
        if (!isWrongExpectedVersion(error)) throw error;
        if (attempt >= MAX_APPEND_ATTEMPTS) {
          const part = appends.find((a) => a.streamId === error.streamName) ?? appends[0];
          throw toWrongExpectedRevision(error, part.streamId, part.expected);
        }
        await delay(Math.random() * 10 * attempt);
      }
    }
  }

  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const read = await Promise.all(streamIds.map(async (id) => [id, await this.readStream(id)] as const));
    return new Map(read);
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
   * The server filters the page (by exact event types, else by stream prefixes, else system events
   * out); when both types and prefixes are given, the prefixes are checked here on the typed events.
   */
  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const found: RecordedEvent[] = [];
    const filter = serverFilterFor(options);
    const exact = !(options.types?.length && options.streamPrefixes?.length);
    const pageSize = exact ? options.limit + 1 : Math.max(options.limit + 1, FEED_PAGE);
    let cursor: ReadPosition = toNativePosition(options.after);
    for (;;) {
      const page = await this.connection.readAll({ from: cursor, maxCount: pageSize, filter });
      for (const native of page) {
        // A forward read starts AT its position: drop the event we resumed after.
        if (samePosition(native.position, cursor)) continue;
        cursor = native.position;
        if (!matchesFeedFilter(native, options)) continue;
        found.push(fromRecordedEvent(native));
        if (found.length >= options.limit) return found;
      }
      if (page.length < pageSize) return found;
    }
  }

  subscribeToAll(options: SubscribeOptions): EventStoreDbSubscription {
    const subscription = new EventStoreDbSubscription(this.connection, options, this.options.logger, () => this.headPosition());
    return this.subscriptions.track(subscription);
  }

  /**
   * The newest non-system event: $all read backwards with system event types filtered out by the
   * server (one round trip in practice); events of system streams are skipped here.
   */
  async headPosition(): Promise<GlobalPosition> {
    let cursor: ReadPosition = 'end';
    for (;;) {
      const page = await this.connection.readAll({ from: cursor, maxCount: HEAD_PAGE, backwards: true, filter: serverFilterFor({}) });
      const newest = page.find((native) => !isSystemEvent(native));
      if (newest) return toGlobalPosition(newest.position);
      if (page.length < HEAD_PAGE) return 0;
      cursor = (page.at(-1) as (typeof page)[number]).position;
    }
  }

  async ping(): Promise<void> {
    await this.connection.readAll({ from: 'end', maxCount: 1, backwards: true });
  }

  async close(): Promise<void> {
    await this.subscriptions.closeAll();
    await this.connection.dispose();
  }

  /** One part of a multi-stream append judged against its stream as read now (throws the part's conflict). */
  private async planPart({ streamId, events, expected }: StreamAppend): Promise<PlannedPart> {
    const [head] = await this.readBackwards(streamId, undefined, 1);
    const current = head?.revision ?? -1;
    const retried = await this.findEarlierAppend(streamId, events, expected, current);
    if (retried) return { retried };
    if (!satisfiesExpectedRevision(expected, current)) throw new WrongExpectedRevisionError(streamId, expected, current);
    if (events.length === 0) return { retried: { nextRevision: current, position: head?.position ?? 0 } };
    const sealed = sealBatch(events, head?.metadata.hash ?? GENESIS_HASH, this.clock.now().toISOString()).map(toPropertyEvent);
    return { write: { streamId, events: sealed, streamState: appendRevisionAfter(current) }, current };
  }

  /** The fallback for servers without multi-stream append: every expectation checked first, then the parts in order. */
  private async appendOneByOne(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    await Promise.all(appends.map((part) => this.planPart(part)));
    const results: AppendResult[] = [];
    for (const { streamId, events, expected } of appends) results.push(await this.append(streamId, events, expected));
    return results;
  }

  /** Up to `count` events of the stream, newest first, from `from` (inclusive; default: its head) backwards. */
  private async readBackwards(streamId: string, from: number | undefined, count: number): Promise<RecordedEvent[]> {
    const events = await this.connection.readStream(streamId, {
      backwards: true,
      maxCount: count,
      ...(from === undefined ? {} : { fromRevision: BigInt(from) }),
    });
    return events.map(fromRecordedEvent);
  }

  /**
   * Where an earlier copy of the batch can be: at the start of the stream for 'no_stream', right
   * after the revision an exact expectation names when the stream has moved past it (else among the
   * last events), anywhere for 'any'/'stream_exists' (the stream is scanned backwards for the batch's
   * ids; the streams appended with these — claims, idempotency records — are short).
   */
  private async findEarlierAppend(
    streamId: string,
    events: readonly ProposedEvent[],
    expected: ExpectedRevision,
    current: number,
  ): Promise<AppendResult | undefined> {
    if (events.length === 0 || current < 0) return undefined;
    let from: number | undefined;
    if (expected === 'no_stream') from = 0;
    else if (typeof expected === 'number' && expected < current) from = expected + 1;
    else from = await this.findBatchStart(streamId, events, current, typeof expected === 'number' ? events.length : Number.MAX_SAFE_INTEGER);
    if (from === undefined) return undefined;
    const window = await this.readStream(streamId, { fromRevision: from, maxCount: events.length });
    return findPreviousAppend(window, events);
  }

  /** Where the batch would start if one of its ids is among the stream's last `depth` events, scanning from the head down. */
  private async findBatchStart(streamId: string, events: readonly ProposedEvent[], current: number, depth: number): Promise<number | undefined> {
    const ids = events.map((event) => event.id);
    const lowest = Math.max(current - depth + 1, 0);
    for (let from = current; from >= lowest; from -= SCAN_PAGE) {
      const page = await this.readBackwards(streamId, from, Math.min(SCAN_PAGE, from - lowest + 1));
      const hit = page.find((event) => ids.includes(event.id));
      if (hit) return Math.max(hit.revision - ids.indexOf(hit.id), 0);
    }
    return undefined;
  }

  /** The reply's position when the server gave one, else the position of the batch's last event, read by its revision. */
  private async batchPosition(streamId: string, lastRevision: number, reported: Position | undefined): Promise<GlobalPosition> {
    if (isReportedPosition(reported) && reported.commit > 0n) return appendedPosition(reported);
    const [last] = await this.readStream(streamId, { fromRevision: lastRevision, maxCount: 1 });
    return last.position;
  }
}

function samePosition(a: Position, b: ReadPosition): boolean {
  return typeof b === 'object' && a.commit === b.commit && a.prepare === b.prepare;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// An in-memory stand-in for a KurrentDB/EventStoreDB node behind the adapter's KurrentDbConnection.
// It follows the server's documented rules (KurrentDB docs "Appending events", "Reading events",
// "Catch-up subscriptions"): appends check the stream state and fail with the client's
// WrongExpectedVersionError; each event has one log position {commit: P, prepare: P}; an append
// reply reports {commit: last event, prepare: first event}; forward reads of $all start AT their
// position, subscriptions AFTER it; filters select by event-type regex or stream-name prefixes; the
// log holds the server's own system events. It does NOT deduplicate event ids: the adapter's
// idempotency must hold on its own. Multi-stream appends follow the client's and KurrentDB 25.1's
// rules ("Atomic appends", AppendSession): metadata as string values only (else the client's own
// Error), each stream once per session, every expectation checked before anything is written (a
// failure is the client's WrongExpectedVersionError naming the stream, and writes nothing), all
// records in one contiguous transaction, properties read back beside `$schema.format`/`$schema.name`;
// a server without it (reportsMultiStreamAppend = false) answers the client's UnsupportedError.
import { InvalidArgumentError, UnsupportedError, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import type {
  AllStreamRecordedEvent,
  AllStreamSubscription,
  AppendStreamState,
  Filter,
  JSONEventData,
  Position,
  ReadPosition,
  RecordedEvent as KurrentRecordedEvent,
} from '@kurrent/kurrentdb-client';
import type {
  KurrentDbAppendResult,
  KurrentDbConnection,
  KurrentDbMultiAppendResult,
  KurrentDbReadAllOptions,
  KurrentDbReadStreamOptions,
  KurrentDbStreamAppend,
} from '#event-store';

interface LoggedEvent {
  streamId: string;
  revision: number;
  id: string;
  type: string;
  data: string;
  metadata: string;
  position: bigint;
}

const RECORD_SIZE = 173n;

export class StandInKurrentDb implements KurrentDbConnection {
  private readonly log: LoggedEvent[] = [];
  private nextPosition = 4096n;
  private readonly listeners = new Set<() => void>();
  /** Older servers and idempotent replies carry no position in the append reply. */
  reportsAppendPosition = true;
  /** A server before KurrentDB 25.1 has no AppendSession. */
  supportsMultiStreamAppend = true;
  multiStreamAppends = 0;
  /** Errors the next subscriptions fail with after delivering what they have (one per subscription). */
  readonly subscriptionFailures: unknown[] = [];
  subscriptionsOpened = 0;

  constructor() {
    this.record('$stats-127.0.0.1:2113', '00000000-0000-4000-8000-000000000000', '$statsCollected', {}, {});
  }

  async append(streamId: string, events: JSONEventData[], streamState: AppendStreamState): Promise<KurrentDbAppendResult> {
    await Promise.resolve();
    this.check(streamId, streamState);
    const written = events.map((event) => this.record(streamId, event.id as string, event.type, event.data, event.metadata));
    for (const listener of [...this.listeners]) listener();
    const first = written[0]?.position ?? 0n;
    const last = written.at(-1)?.position ?? 0n;
    return { nextRevision: BigInt(this.revisionOf(streamId)), position: this.reportsAppendPosition ? { commit: last, prepare: first } : undefined };
  }

  async appendToStreams(appends: KurrentDbStreamAppend[]): Promise<KurrentDbMultiAppendResult> {
    for (const { events } of appends) {
      for (const { metadata } of events) {
        if (metadata == null) continue;
        if (typeof metadata !== 'object' || Array.isArray(metadata) || Object.values(metadata).some((value) => typeof value !== 'string')) {
          throw new Error('multiStreamAppend requires metadata to be a plain object with string keys and string values.');
        }
      }
    }
    if (!this.supportsMultiStreamAppend) throw new UnsupportedError('multiStreamAppend', '25.1');
    await Promise.resolve();
    this.multiStreamAppends += 1;
    const streams = appends.map((a) => a.streamId);
    if (new Set(streams).size !== streams.length) throw new InvalidArgumentError('each stream can only appear once per append session');
    for (const { streamId, streamState } of appends) this.check(streamId, streamState);
    let position = 0n;
    const revisions = new Map<string, bigint>();
    for (const { streamId, events } of appends) {
      for (const event of events) {
        const properties = { ...(event.metadata as Record<string, string>), '$schema.format': 'Json', '$schema.name': event.type };
        position = this.record(streamId, event.id as string, event.type, event.data, properties).position;
      }
      revisions.set(streamId, BigInt(this.revisionOf(streamId)));
    }
    for (const listener of [...this.listeners]) listener();
    return { position, revisions };
  }

  async readStream(streamId: string, options: KurrentDbReadStreamOptions): Promise<KurrentRecordedEvent[]> {
    const stream = this.log.filter((event) => event.streamId === streamId);
    const ordered = options.backwards ? [...stream].reverse() : stream;
    const from = options.fromRevision === undefined ? undefined : Number(options.fromRevision);
    const selected = ordered.filter((event) => from === undefined || (options.backwards ? event.revision <= from : event.revision >= from));
    return selected.slice(0, options.maxCount ?? Number.MAX_SAFE_INTEGER).map(toClientEvent);
  }

  async readAll(options: KurrentDbReadAllOptions): Promise<AllStreamRecordedEvent[]> {
    const matching = this.log.filter((event) => passes(event, options.filter));
    const ordered = options.backwards ? [...matching].reverse() : matching;
    const from = options.from;
    const selected = ordered.filter((event) => {
      if (from === 'start' || from === 'end') return options.backwards ? from === 'end' : from === 'start';
      return options.backwards ? event.position <= from.commit : event.position >= from.commit;
    });
    return selected.slice(0, options.maxCount).map(toClientEvent) as AllStreamRecordedEvent[];
  }

  subscribeToAll(from: ReadPosition, filter: Filter): AllStreamSubscription {
    this.subscriptionsOpened += 1;
    const failure = this.subscriptionFailures.shift();
    let after = from === 'start' ? -1n : from === 'end' ? this.nextPosition : from.commit;
    let cancelled = false;
    let wake: (() => void) | undefined;
    const onAppend = (): void => wake?.();
    this.listeners.add(onAppend);
    const log = this.log;
    const listeners = this.listeners;
    async function* events(): AsyncGenerator<{ event: AllStreamRecordedEvent }> {
      try {
        while (!cancelled) {
          const next = log.filter((event) => event.position > after && passes(event, filter));
          for (const event of next) {
            after = event.position;
            yield { event: toClientEvent(event) as AllStreamRecordedEvent };
          }
          if (failure !== undefined) throw failure;
          // An append made while the consumer held the last event is already in the log: no wake needed.
          if (!log.some((event) => event.position > after && passes(event, filter))) await new Promise<void>((resolve) => (wake = resolve));
        }
      } finally {
        listeners.delete(onAppend);
      }
    }
    const iterator = events();
    const subscription = {
      [Symbol.asyncIterator]: () => iterator,
      unsubscribe: async () => {
        cancelled = true;
        wake?.();
      },
    };
    return subscription as unknown as AllStreamSubscription;
  }

  async dispose(): Promise<void> {
    this.listeners.clear();
  }

  /** The server's expected-state rule; a failure is the client's WrongExpectedVersionError naming the stream. */
  private check(streamId: string, streamState: AppendStreamState): void {
    const current = this.revisionOf(streamId);
    const ok =
      streamState === 'any' ||
      (streamState === 'no_stream' && current === -1) ||
      (streamState === 'stream_exists' && current >= 0) ||
      (typeof streamState === 'bigint' && BigInt(current) === streamState);
    if (!ok) {
      throw new WrongExpectedVersionError(undefined, { streamName: streamId, expected: streamState, current: current < 0 ? 'no_stream' : BigInt(current) });
    }
  }

  private revisionOf(streamId: string): number {
    let revision = -1;
    for (const event of this.log) if (event.streamId === streamId) revision = event.revision;
    return revision;
  }

  private record(streamId: string, id: string, type: string, data: unknown, metadata: unknown): LoggedEvent {
    const event = {
      streamId,
      revision: this.revisionOf(streamId) + 1,
      id,
      type,
      data: JSON.stringify(data),
      metadata: JSON.stringify(metadata ?? {}),
      position: this.nextPosition,
    };
    this.nextPosition += RECORD_SIZE;
    this.log.push(event);
    return event;
  }
}

function passes(event: LoggedEvent, filter: Filter | undefined): boolean {
  if (!filter) return true;
  const subject = filter.filterOn === 'eventType' ? event.type : event.streamId;
  if ('regex' in filter) return new RegExp(filter.regex).test(subject);
  return filter.prefixes.some((prefix) => subject.startsWith(prefix));
}

function toClientEvent(event: LoggedEvent): KurrentRecordedEvent {
  const position: Position = { commit: event.position, prepare: event.position };
  return {
    streamId: event.streamId,
    id: event.id,
    revision: BigInt(event.revision),
    type: event.type,
    data: JSON.parse(event.data) as never,
    metadata: JSON.parse(event.metadata) as never,
    isJson: true,
    created: new Date(0),
    position,
  } as KurrentRecordedEvent;
}

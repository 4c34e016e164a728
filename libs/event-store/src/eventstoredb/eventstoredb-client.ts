// Every raw @kurrent/kurrentdb-client call lives here, behind the KurrentDbConnection interface, so the
// adapter's error paths can be tested with a stand-in connection that raises the client's own errors.
import { BACKWARDS, END, FORWARDS, KurrentDBClient, START } from '@kurrent/kurrentdb-client';
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
import { isStreamNotFound } from './eventstoredb-mapping.js';

export interface KurrentDbAppendResult {
  nextRevision: bigint;
  /** Position of the batch's last event; absent on idempotent replies and from some older servers. */
  position?: Position;
}

export interface KurrentDbReadStreamOptions {
  /** Inclusive; default: the first event forwards, the last backwards. */
  fromRevision?: bigint;
  maxCount?: number;
  backwards?: boolean;
}

export interface KurrentDbReadAllOptions {
  /** Inclusive for forward reads. */
  from: ReadPosition;
  maxCount: number;
  backwards?: boolean;
  /** Applied by the server. */
  filter?: Filter;
}

/** One stream's part of a multi-stream append; its events' metadata must hold string values only (the client refuses others). */
export interface KurrentDbStreamAppend {
  streamId: string;
  events: JSONEventData[];
  streamState: AppendStreamState;
}

export interface KurrentDbMultiAppendResult {
  /** Commit position of the session's last record. */
  position: bigint;
  /** Per stream written: the revision of its last event. */
  revisions: Map<string, bigint>;
}

/** What the adapter needs from the server. */
export interface KurrentDbConnection {
  append(streamId: string, events: JSONEventData[], streamState: AppendStreamState): Promise<KurrentDbAppendResult>;
  /**
   * KurrentDB ≥ 25.1 (AppendSession): all parts in one transaction. Raises the client's
   * UnsupportedError on older servers and WrongExpectedVersionError (naming the stream) on a conflict.
   */
  appendToStreams(appends: KurrentDbStreamAppend[]): Promise<KurrentDbMultiAppendResult>;
  /** Events of one stream; a missing stream reads as []. */
  readStream(streamId: string, options: KurrentDbReadStreamOptions): Promise<KurrentRecordedEvent[]>;
  readAll(options: KurrentDbReadAllOptions): Promise<AllStreamRecordedEvent[]>;
  /** Starts after `from` (exclusive), filtered by the server. */
  subscribeToAll(from: ReadPosition, filter: Filter): AllStreamSubscription;
  dispose(): Promise<void>;
}

/**
 * `esdb://` strings (EventStoreDB deployments) are read as `kurrentdb://`: the client parses both the
 * same way but logs a deprecation warning for every `esdb` client it creates.
 */
export function normalizeConnectionString(connectionString: string): string {
  return connectionString.trim().replace(/^esdb(\+discover)?:\/\//i, (_match, discover: string | undefined) => `kurrentdb${discover ?? ''}://`);
}

export function connectKurrentDb(connectionString: string): KurrentDbConnection {
  return new KurrentDbClientConnection(KurrentDBClient.connectionString(normalizeConnectionString(connectionString)));
}

class KurrentDbClientConnection implements KurrentDbConnection {
  constructor(private readonly client: KurrentDBClient) {}

  async append(streamId: string, events: JSONEventData[], streamState: AppendStreamState): Promise<KurrentDbAppendResult> {
    const result = await this.client.appendToStream(streamId, events, { streamState });
    return { nextRevision: result.nextExpectedRevision, position: result.position };
  }

  async appendToStreams(appends: KurrentDbStreamAppend[]): Promise<KurrentDbMultiAppendResult> {
    const result = await this.client.multiStreamAppend(
      appends.map(({ streamId, events, streamState }) => ({ streamName: streamId, events, expectedState: streamState })),
    );
    return { position: result.position, revisions: new Map(result.responses.map((r) => [r.streamName, r.revision])) };
  }

  async readStream(streamId: string, options: KurrentDbReadStreamOptions): Promise<KurrentRecordedEvent[]> {
    const events: KurrentRecordedEvent[] = [];
    try {
      const read = this.client.readStream(streamId, {
        fromRevision: options.fromRevision ?? (options.backwards ? END : START),
        direction: options.backwards ? BACKWARDS : FORWARDS,
        ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
      });
      for await (const resolved of read) if (resolved.event) events.push(resolved.event);
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw error;
    }
    return events;
  }

  async readAll(options: KurrentDbReadAllOptions): Promise<AllStreamRecordedEvent[]> {
    const events: AllStreamRecordedEvent[] = [];
    const read = this.client.readAll({
      fromPosition: options.from,
      maxCount: options.maxCount,
      direction: options.backwards ? BACKWARDS : FORWARDS,
      resolveLinkTos: false,
      ...(options.filter ? { filter: options.filter } : {}),
    });
    for await (const resolved of read) if (resolved.event) events.push(resolved.event);
    return events;
  }

  subscribeToAll(from: ReadPosition, filter: Filter): AllStreamSubscription {
    return this.client.subscribeToAll({ fromPosition: from, filter, resolveLinkTos: false });
  }

  async dispose(): Promise<void> {
    await this.client.dispose();
  }
}

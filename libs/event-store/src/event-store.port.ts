// The EventStore port: what the application needs from an append-only log of streams.
// Two adapters implement it (sqlite/, eventstoredb/) and both pass test/contract/event-store.contract.ts.

/** 0-based revision of an event inside its stream, as in EventStoreDB. */
export type StreamRevision = number;

/**
 * Position of an event in the global feed: unique per event and strictly increasing in commit order.
 * Adapters map their native position to a safe integer (SQLite: rowid; EventStoreDB: see its adapter).
 */
export type GlobalPosition = number;

/** Optimistic concurrency: what the stream must look like for an append to succeed. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | StreamRevision;

/** Metadata the caller supplies (SPEC §4). */
export interface ProposedMetadata {
  actorId: string;
  actorRole: string;
  correlationId: string;
  causationId: string;
  /** Business time: when it happened in the world; may be in the past. */
  occurredAt: string;
  schemaVersion: number;
  [extra: string]: unknown;
}

/** Metadata as stored: the store adds recordedAt and the hash chain (SPEC §7). */
export interface EventMetadata extends ProposedMetadata {
  recordedAt: string;
  prevHash: string;
  /** Which rule sealed `hash` (see hash-chain.ts); absent on events written before version 2. */
  hashVersion?: number;
  hash: string;
}

export interface ProposedEvent {
  /** UUID; re-appending the same ids at the same place is a no-op (idempotent retry). */
  id: string;
  type: string;
  data: Record<string, unknown>;
  metadata: ProposedMetadata;
}

export interface RecordedEvent {
  id: string;
  type: string;
  streamId: string;
  revision: StreamRevision;
  position: GlobalPosition;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  nextRevision: StreamRevision;
  /** Global position of the last event appended. */
  position: GlobalPosition;
}

/** One stream's part of an atomic multi-stream append. */
export interface StreamAppend {
  streamId: string;
  events: readonly ProposedEvent[];
  expected: ExpectedRevision;
}

export interface ReadStreamOptions {
  fromRevision?: StreamRevision;
  /** Inclusive upper bound. */
  toRevision?: StreamRevision;
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: only events after this position. Omitted: from the start. */
  after?: GlobalPosition;
  /** Only these event types. Omitted: all. */
  types?: readonly string[];
  /** Only streams whose id starts with one of these prefixes (e.g. `customer-`). */
  streamPrefixes?: readonly string[];
  limit: number;
}

export interface SubscribeOptions {
  after?: GlobalPosition;
  types?: readonly string[];
  streamPrefixes?: readonly string[];
}

/**
 * Catch-up then live; iterate with `for await`, end with close(). Adapters retry transient failures
 * themselves or let the iteration reject without `failure`, and the consumer may resubscribe. A
 * permanent one (a position the store does not know, access denied, an event it cannot map) rejects
 * the iteration and stays in `failure`: resubscribing would fail the same way, so the subscriber stops.
 */
export interface EventSubscription extends AsyncIterable<RecordedEvent> {
  /** The permanent failure that stopped this subscription; undefined while it runs or after a clean close. */
  readonly failure?: Error;
  close(): Promise<void>;
}

export interface EventStore {
  append(streamId: string, events: readonly ProposedEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  /**
   * All or nothing: every stream's events land in one commit, or none does. Each part is judged as
   * `append` would judge it (expected revision, a retry of the same ids appends nothing and answers
   * the original result); any failure fails the whole call with that part's error
   * (WrongExpectedRevisionError names the stream). A stream may appear once per call. Results come
   * in the order of `appends`.
   */
  appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]>;
  /** Events of one stream in revision order; a missing stream reads as []. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Several whole streams at once (one query where the store allows), each in revision order; a missing one reads as []. */
  readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>>;
  /** A page of the global feed in commit order. */
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options: SubscribeOptions): EventSubscription;
  /** Position of the newest event in the global feed (0 when empty). */
  headPosition(): Promise<GlobalPosition>;
  /** Throws if the store cannot be reached (health check). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EventStore');

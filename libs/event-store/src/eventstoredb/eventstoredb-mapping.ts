// Pure translations between the port and @kurrent/kurrentdb-client types: no I/O, unit-tested without a server.
import {
  ANY,
  DeadlineExceededError,
  ErrorType,
  NO_STREAM,
  NotLeaderError,
  UnavailableError,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  UnsupportedError,
  WrongExpectedVersionError,
  eventTypeFilter,
  excludeSystemEvents,
  streamNameFilter,
} from '@kurrent/kurrentdb-client';
import type {
  AppendStreamState,
  CurrentStreamState,
  Filter,
  JSONEventData,
  Position,
  ReadPosition,
  RecordedEvent as KurrentRecordedEvent,
} from '@kurrent/kurrentdb-client';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../event-store.errors.js';
import type { AppendResult, EventMetadata, ExpectedRevision, GlobalPosition, ProposedEvent, RecordedEvent, StreamRevision } from '../event-store.port.js';
import { sealMetadata } from '../hash-chain.js';

// Positions. A gRPC append writes one prepare record per event, each flagged IsCommitted (an
// implicit transaction, no separate commit record), and $all reports such an event at
// {commit: its log position, prepare: its log position}. So commit === prepare for every event we
// write, and that one byte offset in the transaction log is our GlobalPosition: unique per event,
// strictly increasing in $all order, a safe integer up to 8 PiB of log. "Resume after P" is then the
// native position {P, P}: subscribeToAll starts after it (exclusive), readAll starts at it
// (inclusive), so the adapter drops an event at exactly P. Events from legacy explicit TCP
// transactions share one commit position and cannot be mapped; they are refused loudly.
// The first user event is never at 0 (the log opens with an epoch record), so 0 means "the start".
// Servers before 22.6 send 2^64-1 (-1 as an unsigned 64-bit integer) where they have no position.

/** Data the adapter cannot represent: retrying would not help. */
export class EventStoreDbMappingError extends Error {
  override name = 'EventStoreDbMappingError';
}

/** The unsigned 64-bit -1 that older servers send for "no position". */
export const NO_POSITION = 2n ** 64n - 1n;

/** A position the server actually reported (not absent, not the 2^64-1 "no position" marker). */
export function isReportedPosition(position: Position | undefined): position is Position {
  return position !== undefined && position.commit !== NO_POSITION && position.prepare !== NO_POSITION;
}

export function toGlobalPosition(position: Position): GlobalPosition {
  if (!isReportedPosition(position)) throw new EventStoreDbMappingError('EventStoreDB reported no position for an event of $all');
  if (position.commit !== position.prepare) {
    throw new EventStoreDbMappingError(
      `Unsupported $all position {commit: ${position.commit}, prepare: ${position.prepare}}: ` +
        'events from explicit transactions cannot be mapped to one global position',
    );
  }
  return toSafeInteger(position.commit, 'log position');
}

/** The append result's commit position is the log position of the batch's last event. */
export function appendedPosition(position: Position): GlobalPosition {
  return toSafeInteger(position.commit, 'log position');
}

export function toNativePosition(after: GlobalPosition | undefined): ReadPosition {
  if (after === undefined || after <= 0) return START;
  const at = BigInt(after);
  return { commit: at, prepare: at };
}

export function toAppendRevision(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}

/** The exact expectation for appending on top of what we read (hash chain needs it). */
export function appendRevisionAfter(current: StreamRevision): AppendStreamState {
  return current < 0 ? NO_STREAM : BigInt(current);
}

export function fromCurrentRevision(actual: CurrentStreamState): StreamRevision {
  return typeof actual === 'bigint' && actual >= 0n ? toSafeInteger(actual, 'revision') : -1;
}

export function isWrongExpectedVersion(error: unknown): error is WrongExpectedVersionError {
  return error instanceof WrongExpectedVersionError || (error as { type?: unknown })?.type === 'wrong-expected-version';
}

/**
 * Errors a subscription outlives by resubscribing: the node is briefly unreachable or slow, or it is
 * not (or no longer) the leader. Everything else (access denied, an invalid start position, data we
 * cannot map) would fail again the same way, so it stops the subscriber.
 */
const TRANSIENT_ERROR_TYPES: ReadonlySet<string> = new Set([ErrorType.UNAVAILABLE, ErrorType.DEADLINE_EXCEEDED, ErrorType.NOT_LEADER]);

export function isTransientError(error: unknown): boolean {
  if (error instanceof UnavailableError || error instanceof DeadlineExceededError || error instanceof NotLeaderError) return true;
  const type = (error as { type?: unknown } | undefined)?.type;
  return typeof type === 'string' && TRANSIENT_ERROR_TYPES.has(type);
}

/** The client's answer when the server lacks a feature (multiStreamAppend before KurrentDB 25.1). */
export function isUnsupported(error: unknown): boolean {
  return error instanceof UnsupportedError || (error as { type?: unknown })?.type === 'unsupported';
}

export function isStreamNotFound(error: unknown): boolean {
  return error instanceof StreamNotFoundError || (error as { type?: unknown })?.type === 'stream-not-found';
}

export function toWrongExpectedRevision(error: WrongExpectedVersionError, streamId: string, expected: ExpectedRevision): WrongExpectedRevisionError {
  return new WrongExpectedRevisionError(streamId, expected, fromCurrentRevision(error.actualState));
}

/** Computes the hash chain and the stored metadata for a batch appended after `prevHash`. */
export function sealBatch(events: readonly ProposedEvent[], prevHash: string, recordedAt: string): JSONEventData[] {
  let previous = prevHash;
  return events.map((event) => {
    const metadata = sealMetadata(previous, event, recordedAt);
    previous = metadata.hash;
    return toEventData(event, metadata);
  });
}

// $correlationId / $causationId feed the server's $by_correlation_id projection; they are
// copies of our own fields, dropped again on read.
const SERVER_METADATA_KEYS = ['$correlationId', '$causationId'] as const;

function toEventData(event: ProposedEvent, metadata: EventMetadata): JSONEventData {
  return {
    id: event.id,
    contentType: 'application/json',
    type: event.type,
    data: event.data,
    metadata: { ...metadata, $correlationId: metadata.correlationId, $causationId: metadata.causationId },
  };
}

// A multi-stream append (AppendSession) takes metadata as string properties only, and reads them
// back beside the server's own `$schema.*` keys: our metadata (numbers, nested values) travels as
// one JSON string under this key, and is read back exactly as sealed, so the hash chain verifies.
const PACKED_METADATA_KEY = 'dossier-metadata';

/** The event as a multi-stream append must carry it: metadata as string properties. */
export function toPropertyEvent(event: JSONEventData): JSONEventData {
  const metadata = { ...(event.metadata as Record<string, unknown>) };
  for (const key of SERVER_METADATA_KEYS) delete metadata[key];
  const own = metadata as unknown as EventMetadata;
  return { ...event, metadata: { [PACKED_METADATA_KEY]: JSON.stringify(metadata), $correlationId: own.correlationId, $causationId: own.causationId } };
}

function storedMetadataOf(event: KurrentRecordedEvent): Record<string, unknown> {
  const raw = (event.metadata ?? {}) as Record<string, unknown>;
  const packed = raw[PACKED_METADATA_KEY];
  if (typeof packed === 'string') return JSON.parse(packed) as Record<string, unknown>;
  const metadata = { ...raw };
  for (const key of SERVER_METADATA_KEYS) delete metadata[key];
  return metadata;
}

export function fromRecordedEvent(event: KurrentRecordedEvent): RecordedEvent {
  if (!isReportedPosition(event.position))
    throw new EventStoreDbMappingError('EventStoreDB did not return event positions on stream reads (server 22.6 or later is required)');
  if (!event.isJson || !isObject(event.data)) throw new EventStoreDbMappingError(`Event ${event.id} in ${event.streamId} is not a JSON object`);
  const metadata = storedMetadataOf(event);
  return {
    id: event.id,
    type: event.type,
    streamId: event.streamId,
    revision: toSafeInteger(event.revision, 'revision'),
    position: toGlobalPosition(event.position),
    data: event.data as Record<string, unknown>,
    metadata: metadata as EventMetadata,
  };
}

export function isSystemEvent(event: { type: string; streamId: string }): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

export interface FeedFilter {
  types?: readonly string[];
  streamPrefixes?: readonly string[];
}

export function matchesFeedFilter(event: { type: string; streamId: string }, filter: FeedFilter): boolean {
  if (isSystemEvent(event)) return false;
  const types = nonEmpty(filter.types);
  if (types && !types.includes(event.type)) return false;
  const prefixes = nonEmpty(filter.streamPrefixes);
  return !prefixes || prefixes.some((prefix) => event.streamId.startsWith(prefix));
}

/**
 * The server applies one filter (event type or stream name). Types win when both are given:
 * they are exact names, so they usually select fewer events; the prefixes are then checked here.
 * Type names are matched exactly (anchored regex), not as prefixes.
 */
export function serverFilterFor(options: FeedFilter): Filter {
  const types = nonEmpty(options.types);
  if (types) return eventTypeFilter({ regex: `^(?:${types.map(escapeRegex).join('|')})$` });
  const prefixes = nonEmpty(options.streamPrefixes);
  if (prefixes) return streamNameFilter({ prefixes: [...prefixes] });
  return excludeSystemEvents();
}

/**
 * Idempotent retry detection: `candidates` are consecutive events of the stream. If the batch's ids
 * sit there as the same consecutive events, the original result is returned; if only some do, the
 * batch is not a retry. No id in `candidates` → undefined (a new append).
 */
export function findPreviousAppend(candidates: readonly RecordedEvent[], batch: readonly ProposedEvent[]): AppendResult | undefined {
  if (batch.length === 0) return undefined;
  const ids = new Set(batch.map((e) => e.id));
  const hit = candidates.find((e) => ids.has(e.id));
  if (!hit) return undefined;
  const start = candidates.findIndex((e) => e.id === batch[0].id);
  if (start < 0) throw new DuplicateEventIdError(hit.id);
  for (let i = 0; i < batch.length; i += 1) {
    const found = candidates[start + i];
    if (!found || found.id !== batch[i].id) throw new DuplicateEventIdError(batch[i].id);
  }
  const last = candidates[start + batch.length - 1];
  return { nextRevision: last.revision, position: last.position };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(list: readonly string[] | undefined): readonly string[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function toSafeInteger(value: bigint, what: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0) throw new EventStoreDbMappingError(`EventStoreDB ${what} ${value} is not a safe integer`);
  return number;
}

import { randomUUID } from 'node:crypto';
import {
  ANY,
  AccessDeniedError,
  DeadlineExceededError,
  NO_STREAM,
  NotLeaderError,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import type { RecordedEvent as KurrentRecordedEvent } from '@kurrent/kurrentdb-client';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../../event-store.errors.js';
import type { ProposedEvent, RecordedEvent } from '../../event-store.port.js';
import { satisfiesExpectedRevision } from '../../expected-revision.js';
import { GENESIS_HASH, eventHash } from '../../hash-chain.js';
import {
  EventStoreDbMappingError,
  NO_POSITION,
  appendRevisionAfter,
  appendedPosition,
  findPreviousAppend,
  fromCurrentRevision,
  fromRecordedEvent,
  isReportedPosition,
  isStreamNotFound,
  isSystemEvent,
  isTransientError,
  isWrongExpectedVersion,
  matchesFeedFilter,
  sealBatch,
  serverFilterFor,
  toAppendRevision,
  toGlobalPosition,
  toNativePosition,
  toWrongExpectedRevision,
} from '../eventstoredb-mapping.js';

function proposed(type = 'Noted', data: Record<string, unknown> = { n: 1 }): ProposedEvent {
  return {
    id: randomUUID(),
    type,
    data,
    metadata: {
      actorId: 'u1',
      actorRole: 'sales',
      correlationId: 'corr-1',
      causationId: 'cause-1',
      occurredAt: '2024-01-01T00:00:00.000Z',
      schemaVersion: 1,
    },
  };
}

function recorded(id: string, revision: number, position: number): RecordedEvent {
  return { id, revision, position, type: 'T', streamId: 's', data: {}, metadata: {} as RecordedEvent['metadata'] };
}

describe('expected revision mapping', () => {
  it('maps each expectation to the client constant or a bigint', () => {
    expect(toAppendRevision('any')).toBe(ANY);
    expect(toAppendRevision('no_stream')).toBe(NO_STREAM);
    expect(toAppendRevision('stream_exists')).toBe(STREAM_EXISTS);
    expect(toAppendRevision(0)).toBe(0n);
    expect(toAppendRevision(41)).toBe(41n);
  });

  it('appends on top of what was read with an exact expectation', () => {
    expect(appendRevisionAfter(-1)).toBe(NO_STREAM);
    expect(appendRevisionAfter(3)).toBe(3n);
  });

  it('checks every expectation against the current revision', () => {
    expect(satisfiesExpectedRevision('any', -1)).toBe(true);
    expect(satisfiesExpectedRevision('no_stream', -1)).toBe(true);
    expect(satisfiesExpectedRevision('no_stream', 0)).toBe(false);
    expect(satisfiesExpectedRevision('stream_exists', -1)).toBe(false);
    expect(satisfiesExpectedRevision('stream_exists', 0)).toBe(true);
    expect(satisfiesExpectedRevision(2, 2)).toBe(true);
    expect(satisfiesExpectedRevision(2, 3)).toBe(false);
  });
});

describe('error mapping', () => {
  it('maps WrongExpectedVersionError with the actual revision, -1 for no stream', () => {
    const conflict = new WrongExpectedVersionError(undefined, { streamName: 's', expected: 1n, current: 4n });
    expect(isWrongExpectedVersion(conflict)).toBe(true);
    const mapped = toWrongExpectedRevision(conflict, 's', 1);
    expect(mapped).toBeInstanceOf(WrongExpectedRevisionError);
    expect(mapped).toMatchObject({ streamId: 's', expected: 1, actual: 4 });

    const missing = new WrongExpectedVersionError(undefined, { streamName: 's', expected: STREAM_EXISTS, current: NO_STREAM });
    expect(toWrongExpectedRevision(missing, 's', 'stream_exists').actual).toBe(-1);
    expect(fromCurrentRevision(-1n)).toBe(-1);
  });

  it('retries only unavailable, deadline exceeded and not leader', () => {
    const notLeader = new NotLeaderError({ metadata: { 'leader-endpoint-host': 'n2', 'leader-endpoint-port': '2113' } } as never);
    for (const transient of [new UnavailableError(), new DeadlineExceededError(), notLeader, { type: 'unavailable' }])
      expect(isTransientError(transient)).toBe(true);
    for (const fatal of [
      new AccessDeniedError(),
      new UnknownError(),
      new StreamNotFoundError(undefined, 's'),
      new EventStoreDbMappingError('x'),
      new Error('x'),
      undefined,
    ]) {
      expect(isTransientError(fatal)).toBe(false);
    }
  });

  it('recognises the client errors by class and by type', () => {
    expect(isStreamNotFound(new StreamNotFoundError(undefined, 's'))).toBe(true);
    expect(isStreamNotFound({ type: 'stream-not-found' })).toBe(true);
    expect(isStreamNotFound(new Error('x'))).toBe(false);
    expect(isWrongExpectedVersion({ type: 'wrong-expected-version' })).toBe(true);
    expect(isWrongExpectedVersion(undefined)).toBe(false);
  });
});

describe('positions', () => {
  it('uses the log position of events whose commit and prepare positions agree', () => {
    expect(toGlobalPosition({ commit: 1234n, prepare: 1234n })).toBe(1234);
  });

  it('refuses positions of explicit-transaction events and unsafe integers', () => {
    expect(() => toGlobalPosition({ commit: 2000n, prepare: 1500n })).toThrow(EventStoreDbMappingError);
    const huge = BigInt(Number.MAX_SAFE_INTEGER) + 2n;
    expect(() => toGlobalPosition({ commit: huge, prepare: huge })).toThrow(EventStoreDbMappingError);
  });

  it('resumes after P at the native position {P, P}, and from the start for 0 or none', () => {
    expect(toNativePosition(undefined)).toBe(START);
    expect(toNativePosition(0)).toBe(START);
    expect(toNativePosition(987)).toEqual({ commit: 987n, prepare: 987n });
    expect(toGlobalPosition(toNativePosition(987) as { commit: bigint; prepare: bigint })).toBe(987);
  });

  it('treats the 2^64-1 of older servers as no position, refused with a message saying so', () => {
    expect(NO_POSITION).toBe(18446744073709551615n);
    expect(isReportedPosition({ commit: NO_POSITION, prepare: NO_POSITION })).toBe(false);
    expect(isReportedPosition(undefined)).toBe(false);
    expect(isReportedPosition({ commit: 10n, prepare: 10n })).toBe(true);
    expect(() => toGlobalPosition({ commit: NO_POSITION, prepare: NO_POSITION })).toThrow(/reported no position/);
    const base = { streamId: 's', id: 'x', isJson: true, revision: 0n, type: 'T', created: new Date(), data: {}, metadata: {} };
    const positionless = { ...base, position: { commit: NO_POSITION, prepare: NO_POSITION } } as unknown as KurrentRecordedEvent;
    expect(() => fromRecordedEvent(positionless)).toThrow(/22\.6 or later/);
  });

  it('takes the commit position of an append result as the last event position', () => {
    // Multi-event append result: commit = last event's log position, prepare = transaction start.
    expect(appendedPosition({ commit: 5000n, prepare: 4200n })).toBe(5000);
  });
});

describe('event conversion', () => {
  it('seals a batch into a hash chain with recordedAt and server correlation keys', () => {
    const batch = [proposed('A', { a: 1 }), proposed('B', { b: 2 })];
    const sealed = sealBatch(batch, GENESIS_HASH, '2024-02-02T00:00:00.000Z');
    expect(sealed.map((e) => [e.id, e.type, e.contentType])).toEqual([
      [batch[0].id, 'A', 'application/json'],
      [batch[1].id, 'B', 'application/json'],
    ]);
    const [first, second] = sealed.map((e) => e.metadata as Record<string, string>);
    expect(first.prevHash).toBe(GENESIS_HASH);
    const stored = (event: (typeof batch)[number], prevHash: string) => ({
      ...event,
      metadata: { ...event.metadata, recordedAt: '2024-02-02T00:00:00.000Z', prevHash, hashVersion: 2 },
    });
    expect(first.hash).toBe(eventHash(GENESIS_HASH, stored(batch[0], GENESIS_HASH)));
    expect(second.prevHash).toBe(first.hash);
    expect(second.hash).toBe(eventHash(first.hash, stored(batch[1], first.hash)));
    expect(first).toMatchObject({ recordedAt: '2024-02-02T00:00:00.000Z', $correlationId: 'corr-1', $causationId: 'cause-1' });
    expect(sealed[0].data).toEqual({ a: 1 });
  });

  it('converts a recorded event back, dropping the server-only metadata keys', () => {
    const event = proposed('CustomerTagged', { tag: 'vip' });
    const [data] = sealBatch([event], GENESIS_HASH, '2024-02-02T00:00:00.000Z');
    const native = {
      streamId: 'customer-1',
      id: data.id,
      isJson: true,
      revision: 7n,
      type: data.type,
      created: new Date(),
      data: data.data,
      metadata: data.metadata,
      position: { commit: 321n, prepare: 321n },
    } as unknown as KurrentRecordedEvent;
    const converted = fromRecordedEvent(native);
    expect(converted).toEqual({
      id: event.id,
      type: 'CustomerTagged',
      streamId: 'customer-1',
      revision: 7,
      position: 321,
      data: { tag: 'vip' },
      metadata: { ...event.metadata, recordedAt: '2024-02-02T00:00:00.000Z', prevHash: GENESIS_HASH, hashVersion: 2, hash: expect.any(String) },
    });
    expect(converted.metadata).not.toHaveProperty('$correlationId');
  });

  it('refuses events without a position or not in JSON', () => {
    const base = { streamId: 's', id: 'x', isJson: true, revision: 0n, type: 'T', created: new Date(), data: {}, metadata: {} };
    expect(() => fromRecordedEvent(base as unknown as KurrentRecordedEvent)).toThrow(EventStoreDbMappingError);
    const binary = { ...base, isJson: false, position: { commit: 1n, prepare: 1n } };
    expect(() => fromRecordedEvent(binary as unknown as KurrentRecordedEvent)).toThrow(EventStoreDbMappingError);
  });
});

describe('feed filters', () => {
  it('treats $-prefixed types and streams as system events', () => {
    expect(isSystemEvent({ type: '$metadata', streamId: 'customer-1' })).toBe(true);
    expect(isSystemEvent({ type: 'X', streamId: '$ce-customer' })).toBe(true);
    expect(isSystemEvent({ type: 'CustomerRegistered', streamId: 'customer-1' })).toBe(false);
  });

  it('matches types exactly and streams by prefix, never system events', () => {
    const e = { type: 'CustomerTagged', streamId: 'customer-1' };
    expect(matchesFeedFilter(e, {})).toBe(true);
    expect(matchesFeedFilter(e, { types: [] })).toBe(true);
    expect(matchesFeedFilter(e, { types: ['CustomerTagged'] })).toBe(true);
    expect(matchesFeedFilter(e, { types: ['Customer'] })).toBe(false);
    expect(matchesFeedFilter(e, { streamPrefixes: ['user-', 'customer-'] })).toBe(true);
    expect(matchesFeedFilter(e, { streamPrefixes: ['user-'] })).toBe(false);
    expect(matchesFeedFilter({ type: '$>', streamId: 'customer-1' }, {})).toBe(false);
  });

  it('builds one server-side filter: exact types first, else stream prefixes, else no system events', () => {
    const byType = serverFilterFor({ types: ['A.b', 'C'], streamPrefixes: ['customer-'] });
    expect(byType).toMatchObject({ filterOn: 'eventType', regex: '^(?:A\\.b|C)$' });
    const regex = new RegExp((byType as { regex: string }).regex);
    expect(regex.test('A.b')).toBe(true);
    expect(regex.test('AXb')).toBe(false);
    expect(regex.test('Cx')).toBe(false);
    expect(serverFilterFor({ streamPrefixes: ['customer-'] })).toMatchObject({ filterOn: 'streamName', prefixes: ['customer-'] });
    expect(serverFilterFor({})).toMatchObject({ filterOn: 'eventType', regex: '^[^$].*' });
  });
});

describe('idempotent retry detection', () => {
  const [a, b, c] = [proposed('A'), proposed('B'), proposed('C')];

  it('returns the original result when the ids are the same consecutive events', () => {
    const stream = [recorded('other', 0, 10), recorded(a.id, 1, 20), recorded(b.id, 2, 30)];
    expect(findPreviousAppend(stream, [a, b])).toEqual({ nextRevision: 2, position: 30 });
    expect(findPreviousAppend(stream, [a])).toEqual({ nextRevision: 1, position: 20 });
  });

  it('is a new append when none of the ids is there', () => {
    expect(findPreviousAppend([recorded('other', 0, 10)], [a, b])).toBeUndefined();
    expect(findPreviousAppend([], [a])).toBeUndefined();
    expect(findPreviousAppend([recorded('other', 0, 10)], [])).toBeUndefined();
  });

  it('refuses a batch that only partly matches', () => {
    const stream = [recorded(a.id, 0, 10), recorded(b.id, 1, 20)];
    expect(() => findPreviousAppend(stream, [b, c])).toThrow(DuplicateEventIdError);
    expect(() => findPreviousAppend(stream, [c, a])).toThrow(DuplicateEventIdError);
    expect(() => findPreviousAppend(stream, [b, a])).toThrow(DuplicateEventIdError);
  });
});

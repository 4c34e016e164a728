// Error and edge paths of the EventStoreDB adapter that need a server to happen, over the stand-in
// of test/contract/stand-ins/kurrentdb.stand-in.ts raising the client's own errors. Each case names the server behaviour:
// - an append reply without a position (idempotent replies; servers before 22.6 send 2^64-1),
//   with another writer's event landing right after the batch;
// - $all reads and the head read filtered by the server (types= regex, stream-name prefixes);
// - a subscription dropped by the node (UNAVAILABLE, DEADLINE_EXCEEDED, NOT_FOUND with leader
//   metadata = not leader, or the stream ending) versus refused (PERMISSION_DENIED = access denied,
//   an unknown failure such as an invalid start position) or carrying an event we cannot map.
import { randomUUID } from 'node:crypto';
import { AccessDeniedError, DeadlineExceededError, NotLeaderError, UnavailableError, UnknownError } from '@kurrent/kurrentdb-client';
import type { AllStreamSubscription, Filter, JSONEventData, ReadPosition } from '@kurrent/kurrentdb-client';
import {
  EventStoreDbEventStore,
  EventStoreDbMappingError,
  type EventStoreDbSubscription,
  type KurrentDbAppendResult,
  type KurrentDbReadAllOptions,
  type ProposedEvent,
  type RecordedEvent,
} from '#event-store';
import { ManualClock } from '#shared';
import { StandInKurrentDb } from '../contract/stand-ins/kurrentdb.stand-in.js';

/** What servers before 22.6 send for "no position": -1 as an unsigned 64-bit integer. */
const NO_POSITION = 2n ** 64n - 1n;

function proposed(type = 'Noted'): ProposedEvent {
  return {
    id: randomUUID(),
    type,
    data: { n: 1 },
    metadata: { actorId: 'u1', actorRole: 'sales', correlationId: 'c', causationId: 'c', occurredAt: '2024-01-01T00:00:00.000Z', schemaVersion: 1 },
  };
}

/** Another writer appends to the same stream right after each of our batches, before we see the reply. */
class BusyServer extends StandInKurrentDb {
  reportedPosition: 'none' | 'max' | 'real' = 'none';

  override async append(streamId: string, events: JSONEventData[], state: Parameters<StandInKurrentDb['append']>[2]): Promise<KurrentDbAppendResult> {
    const result = await super.append(streamId, events, state);
    await super.append(streamId, [{ id: randomUUID(), type: 'Other', contentType: 'application/json', data: {}, metadata: {} }], 'any');
    if (this.reportedPosition === 'real') return result;
    return { nextRevision: result.nextRevision, ...(this.reportedPosition === 'max' ? { position: { commit: NO_POSITION, prepare: NO_POSITION } } : {}) };
  }
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

const clock = new ManualClock(new Date('2024-05-01T00:00:00.000Z'));

describe('EventStoreDB adapter: append positions', () => {
  it.each(['none', 'max'] as const)('reports the batch’s own last event when the reply has position %s, not the stream head', async (reported) => {
    const server = new BusyServer();
    server.reportedPosition = reported;
    const store = new EventStoreDbEventStore(server, clock);
    const result = await store.append('customer-1', [proposed(), proposed()], 'no_stream');
    const events = await store.readStream('customer-1');
    expect(events.map((e) => e.type)).toEqual(['Noted', 'Noted', 'Other']);
    expect(result).toEqual({ nextRevision: 1, position: events[1].position });
  });

  it('takes the position from the reply without reading the stream again', async () => {
    const server = new BusyServer();
    server.reportedPosition = 'real';
    const store = new EventStoreDbEventStore(server, clock);
    let reads = 0;
    const readStream = server.readStream.bind(server);
    server.readStream = (...args) => ((reads += 1), readStream(...args));
    const result = await store.append('customer-1', [proposed(), proposed()], 'no_stream');
    expect(reads).toBe(1); // the head, before appending
    expect(result.position).toBe((await store.readStream('customer-1'))[1].position);
  });
});

describe('EventStoreDB adapter: server-side filters on $all', () => {
  it('sends the type filter, else the prefix filter, else excludes system events', async () => {
    const server = new StandInKurrentDb();
    const store = new EventStoreDbEventStore(server, clock);
    await store.append('customer-1', [proposed('A'), proposed('B')], 'no_stream');
    await store.append('user-1', [proposed('A')], 'no_stream');
    const reads: KurrentDbReadAllOptions[] = [];
    const readAll = server.readAll.bind(server);
    server.readAll = (options) => (reads.push(options), readAll(options));
    const filterOf = (call: number): Filter | undefined => reads[call].filter;

    expect((await store.readAll({ types: ['A'], limit: 10 })).map((e) => e.streamId)).toEqual(['customer-1', 'user-1']);
    expect(filterOf(0)).toMatchObject({ filterOn: 'eventType', regex: '^(?:A)$' });
    expect((await store.readAll({ streamPrefixes: ['user-'], limit: 10 })).map((e) => e.type)).toEqual(['A']);
    expect(filterOf(1)).toMatchObject({ filterOn: 'streamName', prefixes: ['user-'] });
    expect(await store.readAll({ limit: 10 })).toHaveLength(3);
    expect(filterOf(2)).toMatchObject({ filterOn: 'eventType', regex: '^[^$].*' });
    expect(reads).toHaveLength(3);

    const head = await store.headPosition();
    expect(head).toBe((await store.readStream('user-1'))[0].position);
    expect(reads[3]).toMatchObject({ from: 'end', backwards: true, filter: { regex: '^[^$].*' } });
    expect(reads).toHaveLength(4);
  });
});

describe('EventStoreDB adapter: subscriptions', () => {
  const warnings: string[] = [];
  const logger = { warn: (message: string) => warnings.push(message) };
  beforeEach(() => warnings.splice(0));

  async function setUp(failures: unknown[]) {
    const server = new StandInKurrentDb();
    const store = new EventStoreDbEventStore(server, clock, { logger });
    for (let i = 0; i < 3; i += 1) await store.append(`customer-${i}`, [proposed()], 'no_stream');
    server.subscriptionFailures.push(...failures);
    const subscription = store.subscribeToAll({ streamPrefixes: ['customer-'] }) as EventStoreDbSubscription;
    return { server, store, subscription };
  }

  async function take(subscription: EventStoreDbSubscription, count: number): Promise<RecordedEvent[]> {
    const received: RecordedEvent[] = [];
    for await (const event of subscription) {
      received.push(event);
      if (received.length === count) break;
    }
    return received;
  }

  const notLeader = new NotLeaderError({ metadata: { 'leader-endpoint-host': 'node2', 'leader-endpoint-port': '2113' } } as never);
  it.each([
    ['unavailable', new UnavailableError()],
    ['deadline exceeded', new DeadlineExceededError()],
    ['not leader', notLeader],
  ])('resubscribes after a transient failure (%s), logs it, and delivers each event once', async (_name, failure) => {
    const { server, store, subscription } = await setUp([failure, failure]);
    const reading = take(subscription, 4);
    await until(() => server.subscriptionsOpened === 3);
    await store.append('customer-9', [proposed('Late')], 'no_stream');
    const events = await reading;
    expect(events.map((e) => e.streamId)).toEqual(['customer-0', 'customer-1', 'customer-2', 'customer-9']);
    expect(server.subscriptionsOpened).toBe(3);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/resubscribing after position \d+ in 100 ms/);
    expect(warnings[1]).toMatch(/in 200 ms/);
    expect(subscription.failure).toBeUndefined();
    await store.close();
  });

  it('resubscribes when the server ends the stream cleanly', async () => {
    const server = new StandInKurrentDb();
    const store = new EventStoreDbEventStore(server, clock, { logger });
    await store.append('customer-0', [proposed()], 'no_stream');
    let opened = 0;
    const original = server.subscribeToAll.bind(server);
    server.subscribeToAll = (from: ReadPosition, filter: Filter): AllStreamSubscription => {
      opened += 1;
      if (opened > 1) return original(from, filter);
      return { [Symbol.asyncIterator]: async function* () {}, unsubscribe: async () => undefined } as unknown as AllStreamSubscription;
    };
    const events = await take(store.subscribeToAll({}) as EventStoreDbSubscription, 1);
    expect(events.map((e) => e.streamId)).toEqual(['customer-0']);
    expect(warnings).toEqual([expect.stringContaining('the server ended the subscription')]);
    await store.close();
  });

  it('ends the iteration on close even when the cancelled server stream never ends', async () => {
    const server = new StandInKurrentDb();
    const store = new EventStoreDbEventStore(server, clock, { logger });
    server.subscribeToAll = (): AllStreamSubscription =>
      ({
        [Symbol.asyncIterator]: () => ({ next: () => new Promise<never>(() => undefined) }),
        unsubscribe: async () => undefined,
      }) as unknown as AllStreamSubscription;
    const subscription = store.subscribeToAll({});
    const iterating = (async () => {
      for await (const event of subscription) void event;
      return 'ended';
    })();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await subscription.close();
    expect(await iterating).toBe('ended');
    expect(subscription.failure).toBeUndefined();
  });

  it.each([
    ['access denied', new AccessDeniedError()],
    ['an unknown server failure (e.g. an invalid start position)', new UnknownError()],
  ])('stops on %s: the iteration rejects and the subscription keeps the error', async (_name, failure) => {
    const { server, store, subscription } = await setUp([failure]);
    const received: RecordedEvent[] = [];
    const iterating = (async () => {
      for await (const event of subscription) received.push(event);
    })();
    await expect(iterating).rejects.toBe(failure);
    expect(received).toHaveLength(3);
    expect(subscription.failure).toBe(failure);
    expect(server.subscriptionsOpened).toBe(1);
    expect(warnings).toEqual([]);
    await store.close();
  });

  it('stops on an event it cannot map instead of skipping it', async () => {
    const { server, store, subscription } = await setUp([]);
    await server.append(
      'customer-x',
      [{ id: randomUUID(), type: 'Raw', contentType: 'application/json', data: 'not an object' as never, metadata: {} }],
      'any',
    );
    const iterating = (async () => {
      for await (const event of subscription) void event;
    })();
    await expect(iterating).rejects.toBeInstanceOf(EventStoreDbMappingError);
    expect(subscription.failure).toBeInstanceOf(EventStoreDbMappingError);
    await store.close();
  });
});

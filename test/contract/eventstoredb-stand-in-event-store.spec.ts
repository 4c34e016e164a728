// The EventStore contract run against the EventStoreDB adapter over an in-memory stand-in for the
// server (see stand-ins/kurrentdb.stand-in.ts for the server rules it follows), so the adapter's own logic —
// idempotent retries, batch positions, filtered reads, resubscription — is held to the contract on
// every run, not only where a server is available (eventstoredb-event-store.spec.ts).
import { EventStoreDbEventStore, eventHash, GENESIS_HASH } from '#event-store';
import { ManualClock } from '#shared';
import { StandInKurrentDb } from './stand-ins/kurrentdb.stand-in.js';
import { describeEventStoreContract, proposed } from './event-store.contract.js';

describeEventStoreContract('EventStoreDB adapter over a stand-in server', async (clock) => {
  const store = new EventStoreDbEventStore(new StandInKurrentDb(), clock);
  return { store, cleanup: () => store.close() };
});

describe('EventStoreDB adapter: multi-stream append over the stand-in', () => {
  const clock = new ManualClock(new Date('2024-05-01T00:00:00.000Z'));
  const parts = (a: string, b: string) => [
    { streamId: a, events: [proposed('A', { n: 1 }, { nested: { deep: true } })], expected: 'no_stream' as const },
    { streamId: b, events: [proposed('B'), proposed('B')], expected: 'no_stream' as const },
  ];

  it('sends one AppendSession whose metadata the client accepts, and reads every event back as sealed', async () => {
    const server = new StandInKurrentDb();
    const store = new EventStoreDbEventStore(server, clock);
    await store.appendToStreams(parts('s-a', 's-b'));
    expect(server.multiStreamAppends).toBe(1);
    const [event] = await store.readStream('s-a');
    expect(event.metadata).toMatchObject({ schemaVersion: 1, hashVersion: 2, nested: { deep: true } });
    expect(Object.keys(event.metadata).some((key) => key.startsWith('$'))).toBe(false);
    expect(event.metadata.hash).toBe(eventHash(GENESIS_HASH, event));
  });

  it('on a server without AppendSession (before KurrentDB 25.1) warns once, still refuses a wrong expectation with nothing written, and appends the parts in order', async () => {
    const server = new StandInKurrentDb();
    server.supportsMultiStreamAppend = false;
    const warnings: string[] = [];
    const store = new EventStoreDbEventStore(server, clock, { logger: { warn: (message) => warnings.push(message) } });
    await store.append('old-b', [proposed('B')], 'no_stream');
    await expect(store.appendToStreams(parts('old-a', 'old-b'))).rejects.toMatchObject({ name: 'WrongExpectedRevisionError', streamId: 'old-b', actual: 0 });
    expect(await store.readStream('old-a')).toEqual([]);
    const results = await store.appendToStreams(parts('old-c', 'old-d'));
    expect(results.map((r) => r.nextRevision)).toEqual([0, 1]);
    expect(results[0].position).toBeLessThan(results[1].position);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/25\.1/);
  });

  it('maps the session’s conflict to the port’s error naming the stream, after re-reading it', async () => {
    const server = new StandInKurrentDb();
    const store = new EventStoreDbEventStore(server, clock);
    // Another writer lands on s-y between our read and the session.
    const raced = server.appendToStreams.bind(server);
    server.appendToStreams = async (appends) => {
      await server.append('s-y', [{ id: crypto.randomUUID(), type: 'Other', contentType: 'application/json', data: {}, metadata: {} }], 'any');
      server.appendToStreams = raced;
      return raced(appends);
    };
    const error = await store.appendToStreams(parts('s-x', 's-y')).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'WrongExpectedRevisionError', streamId: 's-y', expected: 'no_stream', actual: 0 });
    expect(await store.readStream('s-x')).toEqual([]);
  });
});

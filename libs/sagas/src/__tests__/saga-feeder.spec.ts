import { type EventStore, type ProposedEvent, openSqliteEventStore } from '#event-store';
import { ManualClock } from '#shared';
import type { CustomerFeedEvent } from '../feed/feed-events.js';
import { FollowUpRecordedEvent } from '../feed/feed-events.js';
import { ReactionLedger } from '../feed/reaction-ledger.js';
import { SagaFeeder } from '../feed/saga-feeder.js';
import { SqliteSagaState } from '../sqlite/sqlite-saga-state.js';

// The feeder over a real SQLite store and checkpoint table; the "sagas" here are a reactor whose
// reactions the test settles by hand, to see where the checkpoint may go.

class Deferred {
  resolve!: () => void;
  readonly promise = new Promise<void>((resolve) => (this.resolve = resolve));
}

const followUp = (n: number): ProposedEvent => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  type: 'FollowUpRecorded',
  data: {
    customerId: 'c-1',
    followUpId: `f-${n}`,
    at: '2024-06-01T00:00:00.000Z',
    method: 'phone',
    content: 'x',
    result: 'interested',
    outcomes: [],
    recordedBy: 'u',
  },
  metadata: { actorId: 'u', actorRole: 'sales', correlationId: 'c', causationId: 'c', occurredAt: '2024-06-01T00:00:00.000Z', schemaVersion: 1 },
});

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 500 && !(await condition()); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(await condition()).toBe(true);
}

describe('SagaFeeder', () => {
  let store: EventStore;
  let state: SqliteSagaState;
  let ledger: ReactionLedger;
  let seen: number[];
  let pending: Map<number, Deferred>;
  let late: number[];

  /** Reacts to every follow-up; reactions to the positions in `hold` stay open until the test settles them. */
  const reactor = (hold: number[]) => (event: CustomerFeedEvent) => {
    expect(event).toBeInstanceOf(FollowUpRecordedEvent);
    seen.push(event.position);
    const deferred = new Deferred();
    if (hold.includes(event.position)) pending.set(event.position, deferred);
    else deferred.resolve();
    ledger.attach(event.position, deferred.promise);
  };

  beforeEach(async () => {
    store = openSqliteEventStore(':memory:', new ManualClock(new Date('2024-06-01T00:00:00Z')), { pollIntervalMs: 10 });
    state = new SqliteSagaState(':memory:');
    late = [];
    ledger = new ReactionLedger((position) => late.push(position));
    seen = [];
    pending = new Map();
    for (let n = 1; n <= 5; n++) await store.append('customer-c-1', [followUp(n)], 'any');
  });

  afterEach(async () => {
    await store.close();
    await state.close();
  });

  it('never checkpoints past an event whose reactions are still running', async () => {
    const feeder = new SagaFeeder(store, state, ledger, reactor([2]), { name: 'test' });
    feeder.start();
    await until(() => seen.length === 5);
    await until(() => feeder.position() === 1);
    expect(await state.load('test')).toBe(1);

    pending.get(2)?.resolve();
    await until(() => feeder.position() === 5);
    expect(await state.load('test')).toBe(5);
    await feeder.stop();
    expect(late).toEqual([]);
  });

  it('after a restart mid-way, redelivers exactly the events not yet settled (reactions are idempotent)', async () => {
    const first = new SagaFeeder(store, state, ledger, reactor([3, 4]), { name: 'test' });
    first.start();
    await until(() => seen.length === 5 && first.position() === 2);
    // A crash: the process dies with 3 and 4 unfinished; only the durable checkpoint survives.
    const checkpoint = (await state.load('test')) ?? 0;
    expect(checkpoint).toBe(2);

    seen = [];
    const restarted = new SagaFeeder(store, new CheckpointOnly(checkpoint), ledger, reactor([]), { name: 'test' });
    restarted.start();
    await until(() => seen.length === 3);
    expect(seen).toEqual([3, 4, 5]);
    await restarted.stop();
    pending.forEach((deferred) => deferred.resolve());
    await first.stop();
  });

  it('resumes live: events appended after start are fed and checkpointed', async () => {
    const feeder = new SagaFeeder(store, state, ledger, reactor([]), { name: 'test' });
    feeder.start();
    await until(() => feeder.position() === 5);
    await store.append('customer-c-1', [followUp(6)], 'any');
    await until(() => feeder.position() === 6);
    await feeder.stop();
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a first start at the head saves the head as its checkpoint and reacts only to later events', async () => {
    const starts: number[] = [];
    const feeder = new SagaFeeder(store, state, ledger, reactor([]), { name: 'test', firstStart: 'head', onFirstStart: (p) => starts.push(p) });
    feeder.start();
    await until(async () => (await state.load('test')) === 5);
    await store.append('customer-c-1', [followUp(6)], 'any');
    await until(() => feeder.position() === 6);
    await feeder.stop();
    expect(seen).toEqual([6]);
    expect(starts).toEqual([5]);

    const restarted = new SagaFeeder(store, state, ledger, reactor([]), { name: 'test', firstStart: 'head', onFirstStart: (p) => starts.push(p) });
    restarted.start();
    await store.append('customer-c-1', [followUp(7)], 'any');
    await until(() => restarted.position() === 7);
    await restarted.stop();
    expect(seen).toEqual([6, 7]);
    expect(starts).toEqual([5]);
  });

  it('a catch-up yields to the event loop between small batches, reporting progress', async () => {
    for (let n = 6; n <= 60; n++) await store.append('customer-c-1', [followUp(n)], 'any');
    const progress: number[] = [];
    const feeder = new SagaFeeder(store, state, ledger, reactor([]), { name: 'test', yieldEvery: 10, progressEvery: 20, onProgress: (p) => progress.push(p) });
    let seenOnNextTurn = -1;
    feeder.start();
    setImmediate(() => (seenOnNextTurn = seen.length));
    await until(() => feeder.position() === 60);
    await feeder.stop();
    expect(seenOnNextTurn).toBeGreaterThanOrEqual(0);
    expect(seenOnNextTurn).toBeLessThan(60);
    expect(progress).toEqual([20, 40, 60]);
  });
});

/** A checkpoint store holding what the crashed process had saved. */
class CheckpointOnly {
  constructor(private position: number) {}
  async load(): Promise<number> {
    return this.position;
  }
  async save(_name: string, position: number): Promise<void> {
    this.position = Math.max(this.position, position);
  }
}

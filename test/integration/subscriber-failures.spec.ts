import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SubscriptionFailedError, type EventStore, type ProposedEvent, openSqliteEventStore } from '#event-store';
import { ProjectionRunner, customerProfilesProjection } from '#projections';
import { openSqliteReadStore, type ReadStore } from '#read-store';
import { ReactionLedger, SagaFeeder, SqliteSagaState } from '#sagas';
import { ManualClock } from '#shared';
import { failingSubscriptions, type SubscriptionFault } from './support/failing-subscriptions.js';

// The projection runner and the saga feeder over a real SQLite store whose subscriptions fail first:
// a permanent failure (what an adapter reports for an unknown start position, access denied or an
// event it cannot map) stops the subscriber and says so; a transient one is retried until it recovers.

const clock = new ManualClock(new Date('2024-06-01T00:00:00Z'));
const followUp = (n: number): ProposedEvent => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  type: 'FollowUpRecorded',
  data: {
    customerId: `c-${n}`,
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
  for (let i = 0; i < 400 && !(await condition()); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(await condition()).toBe(true);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let store: EventStore;
let head: number;

beforeEach(async () => {
  store = openSqliteEventStore(':memory:', clock, { pollIntervalMs: 10 });
  for (let n = 1; n <= 3; n++) head = (await store.append(`customer-c-${n}`, [followUp(n)], 'any')).position;
});

afterEach(async () => {
  await store.close();
});

describe('ProjectionRunner on a failing subscription', () => {
  let readStore: ReadStore;
  beforeEach(() => {
    readStore = openSqliteReadStore(':memory:');
  });
  afterEach(async () => {
    await readStore.close();
  });

  function runnerOver(faults: SubscriptionFault[]) {
    const events = failingSubscriptions(store, faults);
    const errors: string[] = [];
    const failed: string[] = [];
    const runner = new ProjectionRunner(events, readStore, customerProfilesProjection, {
      retryDelayMs: 5,
      onError: (_name, error) => errors.push((error as Error).message),
      onFailed: (name, error) => failed.push(`${name}: ${error.message}`),
      now: () => clock.now(),
    });
    return { events, runner, errors, failed };
  }

  it('stops on a permanent failure, without resubscribing, and reports it', async () => {
    const { events, runner, failed } = runnerOver(['permanent']);
    await runner.start();
    await until(() => runner.status().state === 'failed');
    await pause(50); // several retry delays: nothing resubscribes
    expect(events.subscriptions).toBe(1);
    expect(runner.status()).toMatchObject({
      state: 'failed',
      running: false,
      position: 0,
      lastError: 'access denied to $all',
      failedAt: '2024-06-01T00:00:00.000Z',
    });
    expect(failed).toEqual(['customer-profiles: access denied to $all']);
    await runner.stop();
  });

  it('retries transient failures with backoff and catches up', async () => {
    const { events, runner, errors, failed } = runnerOver(['transient', 'transient']);
    await runner.start();
    await until(() => runner.status().position === head);
    expect(runner.status()).toMatchObject({ state: 'running', running: true });
    expect(runner.status().lastError).toBeUndefined();
    expect(events.subscriptions).toBe(3);
    expect(errors).toEqual(['database is locked', 'database is locked']);
    expect(failed).toEqual([]);
    await runner.stop();
  });

  it('runs again after a restart once the cause is gone', async () => {
    const { runner } = runnerOver(['permanent']);
    await runner.start();
    await until(() => runner.status().state === 'failed');
    await runner.start();
    await until(() => runner.status().position === head);
    expect(runner.status()).toMatchObject({ state: 'running' });
    expect(runner.status().failedAt).toBeUndefined();
    await runner.stop();
  });
});

describe('SagaFeeder on a failing subscription', () => {
  let state: SqliteSagaState;
  beforeEach(() => {
    state = new SqliteSagaState(':memory:');
  });
  afterEach(async () => {
    await state.close();
  });

  function feederOver(faults: SubscriptionFault[]) {
    const events = failingSubscriptions(store, faults);
    const seen: number[] = [];
    const failed: string[] = [];
    const errors: string[] = [];
    const ledger = new ReactionLedger(() => undefined);
    const feeder = new SagaFeeder(events, state, ledger, (event) => seen.push(event.position), {
      name: 'test',
      retryDelayMs: 5,
      onError: (error) => errors.push((error as Error).message),
      onFailed: (error) => failed.push(error.message),
      now: () => clock.now(),
    });
    return { events, feeder, seen, failed, errors };
  }

  it('stops on a permanent failure, without resubscribing, and reports it', async () => {
    const { events, feeder, seen, failed } = feederOver(['permanent']);
    feeder.start();
    await until(() => feeder.status().state === 'failed');
    await pause(50);
    expect(events.subscriptions).toBe(1);
    expect(seen).toEqual([]);
    expect(feeder.status()).toMatchObject({ state: 'failed', lastError: 'access denied to $all', failedAt: '2024-06-01T00:00:00.000Z' });
    expect(failed).toEqual(['access denied to $all']);
    await feeder.stop();
  });

  it('retries transient failures with backoff and delivers every event once', async () => {
    const { events, feeder, seen, failed, errors } = feederOver(['transient', 'transient']);
    feeder.start();
    await until(() => feeder.position() === head);
    expect(seen).toHaveLength(3);
    expect(events.subscriptions).toBe(3);
    expect(errors).toEqual(['database is locked', 'database is locked']);
    expect(failed).toEqual([]);
    expect(feeder.status()).toEqual({ state: 'running', position: head });
    await feeder.stop();
  });
});

describe('SQLite subscription over a stored row it cannot read', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-unreadable-row-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fails permanently, naming the position, and keeps the error in failure', async () => {
    const file = join(dir, 'events.db');
    const events = openSqliteEventStore(file, clock, { pollIntervalMs: 10 });
    const { position } = await events.append('customer-c-1', [followUp(1)], 'any');
    const db = new BetterSqlite3(file);
    db.prepare('UPDATE events SET data = ? WHERE position = ?').run('{"customerId": "c-', position);
    db.close();

    const subscription = events.subscribeToAll({});
    const iterating = (async () => {
      for await (const _event of subscription);
    })();
    await expect(iterating).rejects.toThrow(SubscriptionFailedError);
    expect(subscription.failure).toBeInstanceOf(SubscriptionFailedError);
    expect(subscription.failure?.message).toMatch(/^An event after position 0 cannot be read: /);
    await subscription.close();
    await events.close();
  });
});

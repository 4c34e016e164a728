import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CustomerEvent } from '#domain';
import { type EventStore, openSqliteEventStore } from '#event-store';
import { type ReadStore, openSqliteReadStore } from '#read-store';
import { ManualClock } from '#shared';
import { orderRecorded, registered, statusChanged } from '../../__tests__/customer-history.js';
import { CUSTOMER_PROFILES, type CustomerProfileDocument } from '../../customer-profiles/customer-profile.document.js';
import { ALL_PROJECTIONS, customerProfilesProjection } from '../../index.js';
import type { Projection } from '../../projection.js';
import { readModelDigest } from '../../read-model-digest.js';
import { ProjectionRunner } from '../projection-runner.js';

let dir: string;
let events: EventStore;
let store: ReadStore;
let counter = 0;

const append = (customerId: string, event: CustomerEvent) =>
  events.append(
    `customer-${customerId}`,
    [
      {
        id: `e-${(counter += 1)}`,
        type: event.type,
        data: event.data as never,
        metadata: { actorId: 'u', actorRole: 'sales', correlationId: 'c', causationId: 'c', occurredAt: '2024-02-01T00:00:00.000Z', schemaVersion: 1 },
      },
    ],
    'any',
  );

async function seed(customers: number): Promise<void> {
  for (let i = 0; i < customers; i += 1) {
    const id = `c${i}`;
    await append(id, registered(id, { code: `HB-IT-2024-${String(i).padStart(3, '0')}`, ownerId: `u${i % 3}` }));
    await append(id, orderRecorded(id, `o${i}`, 1000 * i, '2024-01-15T00:00:00.000Z'));
    if (i % 2 === 0) await append(id, statusChanged(id, 'prospect', 'won'));
    await events.append(
      `user-${i}`,
      [
        {
          id: `u-${(counter += 1)}`,
          type: 'UserNoise',
          data: {},
          metadata: { actorId: 'u', actorRole: 'admin', correlationId: 'c', causationId: 'c', occurredAt: '2024-02-01T00:00:00.000Z', schemaVersion: 1 },
        },
      ],
      'any',
    );
  }
}

async function caughtUp(runner: ProjectionRunner): Promise<void> {
  const head = (await events.readAll({ streamPrefixes: ['customer-'], after: 0, limit: 1_000_000 })).at(-1)?.position ?? 0;
  for (let i = 0; i < 200 && runner.status().position < head; i += 1) await new Promise((r) => setTimeout(r, 10));
  expect(runner.status().position).toBe(head);
}

const runnersFor = (projections: readonly Projection[], batchSize = 7) => projections.map((p) => new ProjectionRunner(events, store, p, { batchSize }));
const digests = async (projections: readonly Projection[]) => Promise.all(projections.map((p) => readModelDigest(store, p)));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-runner-'));
  events = openSqliteEventStore(join(dir, 'events.db'), new ManualClock(new Date('2024-02-01T00:00:00Z')), { pollIntervalMs: 20 });
  store = openSqliteReadStore(join(dir, 'read.db'));
});

afterEach(async () => {
  await events.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ProjectionRunner', () => {
  it('catches up in batches from the customer streams only, and commits the checkpoint', async () => {
    await seed(20);
    const [runner] = runnersFor([customerProfilesProjection]);
    await runner.start();
    await caughtUp(runner);
    await runner.stop();
    expect(await store.count(CUSTOMER_PROFILES)).toBe(20);
    expect(await store.checkpoint('customer-profiles')).toBe(runner.status().position);
    expect((await store.get<CustomerProfileDocument>(CUSTOMER_PROFILES, 'c4'))?.document).toMatchObject({ status: 'won', orderCount: 1, revision: 2 });
  });

  it('follows live appends and resumes after a restart from its checkpoint', async () => {
    await seed(3);
    const runners = runnersFor(ALL_PROJECTIONS);
    await Promise.all(runners.map((r) => r.start()));
    await append('late', registered('late', { code: 'HB-IT-2024-900' }));
    await Promise.all(runners.map(caughtUp));
    await Promise.all(runners.map((r) => r.stop()));

    await append('late', statusChanged('late', 'prospect', 'qualified'));
    await seed(5);
    const restarted = runnersFor(ALL_PROJECTIONS);
    await Promise.all(restarted.map((r) => r.start()));
    await Promise.all(restarted.map(caughtUp));
    await Promise.all(restarted.map((r) => r.stop()));
    expect((await store.get<CustomerProfileDocument>(CUSTOMER_PROFILES, 'late'))?.document.status).toBe('qualified');
    const incremental = await digests(ALL_PROJECTIONS);

    const rebuilt = runnersFor(ALL_PROJECTIONS, 1000);
    await Promise.all(rebuilt.map((r) => r.rebuild()));
    await Promise.all(rebuilt.map(caughtUp));
    await Promise.all(rebuilt.map((r) => r.stop()));
    expect(await digests(ALL_PROJECTIONS)).toEqual(incremental);
  });

  it('changes nothing when the whole feed is applied again over existing documents (lost checkpoint)', async () => {
    await seed(10);
    const runners = runnersFor(ALL_PROJECTIONS);
    await Promise.all(runners.map((r) => r.start()));
    await Promise.all(runners.map(caughtUp));
    await Promise.all(runners.map((r) => r.stop()));
    const before = await digests(ALL_PROJECTIONS);

    // Same collections under another name: its checkpoint is 0, so every event is delivered again.
    const replaying = runnersFor(ALL_PROJECTIONS.map((p) => ({ ...p, name: `${p.name}-replay` })));
    await Promise.all(replaying.map((r) => r.start()));
    await Promise.all(replaying.map(caughtUp));
    await Promise.all(replaying.map((r) => r.stop()));
    expect(await digests(ALL_PROJECTIONS)).toEqual(before);
  });

  it('reports a failing projection and retries from its checkpoint', async () => {
    await seed(2);
    let failures = 0;
    const flaky: Projection = {
      ...customerProfilesProjection,
      async apply(event, documents) {
        if (failures < 2) {
          failures += 1;
          throw new Error('transient');
        }
        return customerProfilesProjection.apply(event, documents);
      },
    };
    const errors: string[] = [];
    const runner = new ProjectionRunner(events, store, flaky, { retryDelayMs: 10, onError: (name) => errors.push(name) });
    await runner.start();
    await caughtUp(runner);
    await runner.stop();
    expect(errors).toEqual(['customer-profiles', 'customer-profiles']);
    expect(await store.count(CUSTOMER_PROFILES)).toBe(2);
  });
});

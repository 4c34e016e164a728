import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import request from 'supertest';
import { bulkSeedSqlite, DEMO_NOW } from '#seed';
import { RulesEvaluationService, RulesScheduler, SagaFeederService } from '#server';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '#event-store';
import { SAGA_STATE, SqliteSagaState, type SagaState } from '#sagas';
import { ManualClock } from '#shared';
import { bearer } from './support/bearer.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// A store with a few thousand customers of history (the bench seeder) and no sagas.db: the first
// start, a long scheduler run beside HTTP traffic, and a run interrupted by a restart. No timing
// thresholds: only the order in which things finish, and counts.

const CUSTOMERS = 2000;
const NOW = new Date(DEMO_NOW.getTime() + 30 * 86_400_000);

describe('Sagas over an existing store (e2e)', () => {
  let t: TestApp;
  let seededEvents: number;
  const clock = new ManualClock(NOW);
  const store = () => t.app.get<EventStore>(EVENT_STORE);

  async function customerEvents(types?: string[]): Promise<RecordedEvent[]> {
    return store().readAll({ after: 0, streamPrefixes: ['customer-'], limit: 1_000_000, ...(types ? { types } : {}) });
  }

  /** Bounded: until the read models include the seeded history (the scheduler selects from them). */
  async function projected(): Promise<void> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const response = await request(t.http).get('/v1/customers?limit=1').set(bearer(t.adminToken)).set('x-min-position', String(seededEvents));
      if (response.status === 200) return;
    }
    throw new Error('read models did not catch up');
  }

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
    seededEvents = bulkSeedSqlite(join(dataDir, 'events.db'), CUSTOMERS, { seed: 7 }).events;
    t = await startTestApp({ clock, dataDir });
    await projected();
    // Seven read models build from the seeded history on a shared two-core machine.
  }, 90_000);
  afterAll(() => t.close({ removeData: true }));

  it('a first start without sagas.db starts the sagas at the head: the history is not reacted to', async () => {
    const { position } = (await request(t.http).get('/v1/admin/sagas').set(bearer(t.adminToken)).expect(200)).body as { position: number };
    expect(position).toBeGreaterThanOrEqual(seededEvents);
    await t.app.get(SagaFeederService).idle();
    expect(await customerEvents()).toHaveLength(seededEvents);
  });

  it('an HTTP request made during a long rule run is answered before the run ends', async () => {
    const finished: string[] = [];
    let midway!: () => void;
    const started = new Promise<void>((resolve) => (midway = resolve));
    const run = t.app
      .get(RulesEvaluationService)
      .evaluate(NOW, { onProgress: () => midway() })
      .then((report) => {
        finished.push('run');
        return report;
      });
    await started;
    const page = await request(t.http).get('/v1/customers?limit=5').set(bearer(t.adminToken)).expect(200);
    finished.push('http');
    const report = await run;

    expect(page.body.items).toHaveLength(5);
    expect(finished).toEqual(['http', 'run']);
    expect(report.customers).toBeGreaterThan(CUSTOMERS / 2);
    expect(report.appended).toBeGreaterThan(CUSTOMERS / 2);
  }, 90_000);

  it('a scheduled run stopped by a shutdown resumes after its cursor on the next start, acting once per customer', async () => {
    // A new tag for the same quiet spells: one more event per customer at risk, and nothing else.
    await request(t.http).put('/v1/admin/rules/churn-risk').set(bearer(t.adminToken)).send({ tag: 'dormant' }).expect(200);
    const state = t.app.get<SagaState>(SAGA_STATE);
    const scheduler = t.app.get(RulesScheduler);
    const run = scheduler.tick();
    for (let turn = 0; turn < 100_000 && !((await state.unfinishedRun('scheduled'))?.customers ?? 0); turn++) await nextTurn();
    const { dataDir } = t;
    await t.close();
    await run;

    const journal = new SqliteSagaState(join(dataDir, 'sagas.db'));
    const interrupted = await journal.unfinishedRun('scheduled');
    await journal.close();
    expect(interrupted).toMatchObject({ at: NOW.toISOString(), cursor: expect.any(Object) });

    t = await startTestApp({ clock, dataDir });
    await t.app.get(RulesScheduler).tick(); // the resumption started at bootstrap
    expect(await t.app.get<SagaState>(SAGA_STATE).unfinishedRun('scheduled')).toBeUndefined();

    const tagged = (await customerEvents(['CustomerTagged'])).filter((e) => e.data.tag === 'dormant');
    const customers = tagged.map((e) => e.streamId);
    expect(new Set(customers).size).toBe(customers.length);
    expect(customers.length).toBeGreaterThan(interrupted?.customers ?? 0);
    // One run, resumed: everything it did carries the correlation id it started with.
    expect(new Set(tagged.map((e) => e.metadata.correlationId))).toEqual(new Set([interrupted?.correlationId]));
  }, 90_000);
});

import { join } from 'node:path';
import request from 'supertest';
import { FUNNEL_DAYS, FUNNEL_MEMBERS, FUNNEL_MONTHS, salesFunnelProjection } from '#projections';
import { openSqliteReadStore } from '#read-store';
import { ManualClock } from '#shared';
import { bearer } from './support/bearer.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { waitFor } from './support/wait-for.js';

// A data directory written before the sales funnel kept its month and day counts: its members are there, its
// counts are not. Started with this release, the server rebuilds the funnel by itself, once.

const RANGE = 'from=2024-01-01T00:00:00Z&to=2025-01-01T00:00:00Z';

type Funnel = { groups: { key: string; registered: number }[] };
const funnelOf = async (t: TestApp, position: number) =>
  (await request(t.http).get(`/v1/analytics/funnel?${RANGE}`).set(bearer(t.adminToken)).set('x-min-position', String(position)).expect(200)).body as Funnel;
type Job = { id: string; state: string; requestedBy: string };
const lastFunnelRebuild = async (t: TestApp) => {
  const { items } = (await request(t.http).get('/v1/admin/projections').set(bearer(t.adminToken)).expect(200)).body as {
    items: { name: string; lastRebuild: Job | null }[];
  };
  return items.find((item) => item.name === salesFunnelProjection.name)?.lastRebuild ?? null;
};

/** What read.db held before the summary rows: the members and the checkpoint, no counts. */
async function forgetFunnelCounts(dataDir: string): Promise<void> {
  const store = openSqliteReadStore(join(dataDir, 'read.db'));
  try {
    await store.prepare(salesFunnelProjection.collections);
    const checkpoint = await store.checkpoint(salesFunnelProjection.name);
    await store.reset(salesFunnelProjection.name, [FUNNEL_MONTHS, FUNNEL_DAYS]);
    await store.commit(salesFunnelProjection.name, [], checkpoint);
    expect(await store.count(FUNNEL_MONTHS)).toBe(0);
    expect(await store.count(FUNNEL_MEMBERS)).toBeGreaterThan(0);
  } finally {
    await store.close();
  }
}

describe('a funnel from before its summary rows (e2e)', () => {
  const clock = new ManualClock(new Date('2024-05-02T08:00:00.000Z'));
  let t: TestApp;
  let position = 0;
  let before: Funnel;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    for (let i = 0; i < 6; i++) {
      clock.set(new Date(Date.UTC(2024, i, 3, 9)));
      position = Math.max(position, (await t.registerCustomer({ token: t.adminToken })).position);
    }
    before = await funnelOf(t, position);
    expect(before.groups).toEqual([expect.objectContaining({ key: 'all', registered: 6 })]);
    await t.close();
    await forgetFunnelCounts(t.dataDir);
  }, 60_000);
  afterAll(() => t.close({ removeData: true }));

  it('rebuilds the funnel at start-up and answers as before, and a second start asks for no second rebuild', async () => {
    t = await startTestApp({ dataDir: t.dataDir, clock });
    await waitFor(async () => (await lastFunnelRebuild(t))?.state === 'done', 'the start-up rebuild of the funnel');
    const rebuild = (await lastFunnelRebuild(t)) as Job;
    expect(rebuild.requestedBy).toBe('system');
    expect(await funnelOf(t, position)).toEqual(before);
    await t.close();
    t = await startTestApp({ dataDir: t.dataDir, clock });
    expect(await funnelOf(t, position)).toEqual(before);
    expect(await lastFunnelRebuild(t)).toEqual(rebuild);
  }, 120_000);
});

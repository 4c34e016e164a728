import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '#event-store';
import { ALL_PROJECTIONS, CUSTOMER_LIFECYCLE, CUSTOMER_RFM, lifecycleProjection, readModelDigest, rebuildProjections, rfmProjection } from '#projections';
import { openSqliteReadStore, READ_STORE, type ReadStore } from '#read-store';
import { ManualClock } from '#shared';
import { bearer } from './support/bearer.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { waitFor } from './support/wait-for.js';

// Issue 14 item 9: a new metric over all history. A data directory written before the RFM and lifecycle
// projections existed, started with them, ends with the same read models as a rebuild from the first event.

const NOW = new Date('2024-12-31T04:00:00.000Z');
const CUSTOMERS = 40;

type Status = { name: string; position: number; lag: number };
const projections = async (t: TestApp) => (await request(t.http).get('/v1/admin/projections').set(bearer(t.adminToken)).expect(200)).body.items as Status[];

/** What read.db held before this release: the older read models and their checkpoints, nothing of the new ones. */
async function forgetNewModels(dataDir: string): Promise<void> {
  const store = openSqliteReadStore(join(dataDir, 'read.db'));
  try {
    // The start-up creates the collections of every projection (prepare), so an empty collection without a
    // checkpoint is what a read.db from before looks like to the new runners.
    await store.prepare([...rfmProjection.collections, ...lifecycleProjection.collections]);
    await store.reset(rfmProjection.name, [CUSTOMER_RFM]);
    await store.reset(lifecycleProjection.name, [CUSTOMER_LIFECYCLE]);
    expect(await store.checkpoint(rfmProjection.name)).toBe(0);
    expect(await store.count(CUSTOMER_RFM)).toBe(0);
  } finally {
    await store.close();
  }
}

describe('a new metric over all history (e2e)', () => {
  let dataDir: string;
  let before: Status[];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dossier-upgrade-'));
    const t = await startTestApp({ dataDir, clock: new ManualClock(NOW) });
    try {
      // No rule may add events of its own on the restart: the feed stays the one written here.
      for (const rule of ['high-value', 'churn-risk']) {
        await request(t.http).put(`/v1/admin/rules/${rule}`).set(bearer(t.adminToken)).send({ enabled: false }).expect(200);
      }
      let last = 0;
      const post = async (url: string, body: object) => {
        const response = await request(t.http).post(url).set(bearer(t.adminToken)).send(body);
        expect([200, 201]).toContain(response.status);
        last = response.body.position as number;
        return response.body as { id: string };
      };
      for (let i = 0; i < CUSTOMERS; i++) {
        const { id } = await post('/v1/customers', { ...customer(i) });
        for (let o = 0; o < i % 5; o++) {
          await post(`/v1/customers/${id}/orders`, {
            orderId: `o-${i}-${o}`,
            amount: 100_000 * (i + 1),
            orderedAt: new Date(NOW.getTime() - (i * 9 + o * 30) * 86_400_000).toISOString(),
          });
        }
        if (i % 3 === 0)
          await post(`/v1/customers/${id}/follow-ups`, {
            at: new Date(NOW.getTime() - i * 86_400_000).toISOString(),
            method: 'visit',
            content: 'visit',
            result: 'interested',
          });
        if (i % 7 === 0) await post(`/v1/customers/${id}/status`, { to: 'churned', reason: 'went elsewhere' });
      }
      await waitFor(async () => (await projections(t)).every((p) => p.position >= last && p.lag === 0), 'the projections to catch up', 60_000);
      before = await projections(t);
    } finally {
      await t.close();
    }
    await forgetNewModels(dataDir);
  }, 120_000);

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('builds the new models from position 0 while the API answers, leaves the old ones where they were, and equals a clean rebuild', async () => {
    const t = await startTestApp({ dataDir, clock: new ManualClock(NOW) });
    const clean = openSqliteReadStore(':memory:');
    try {
      // Answers at once, saying whether the model is still catching up.
      const first = await request(t.http).get('/v1/analytics/rfm').set(bearer(t.adminToken)).expect(200);
      expect(typeof first.body.building).toBe('boolean');

      const head = Math.max(...before.map((p) => p.position));
      await waitFor(async () => (await projections(t)).every((p) => p.position === head && p.lag === 0), 'the new projections to build', 60_000);
      const after = await projections(t);
      for (const old of before.filter((p) => ![rfmProjection.name, lifecycleProjection.name].includes(p.name))) {
        expect(after.find((p) => p.name === old.name)?.position).toBe(old.position);
      }
      const rfm = (await request(t.http).get('/v1/analytics/rfm').set(bearer(t.adminToken)).expect(200)).body;
      expect(rfm.building).toBe(false);
      expect(rfm.customers).toBe(CUSTOMERS - CUSTOMERS / 5);

      await clean.prepare(ALL_PROJECTIONS.flatMap((p) => p.collections));
      await rebuildProjections(t.app.get<EventStore>(EVENT_STORE), clean, ALL_PROJECTIONS);
      const live = t.app.get<ReadStore>(READ_STORE);
      const digests = (store: ReadStore) => Promise.all(ALL_PROJECTIONS.map(async (p) => [p.name, await readModelDigest(store, p)]));
      expect(await digests(live)).toEqual(await digests(clean));
    } finally {
      await clean.close();
      await t.close();
    }
  }, 120_000);
});

function customer(i: number) {
  return {
    name: `Upgrade ${i}`,
    type: 'enterprise',
    contact: { phone: `1390000${String(i).padStart(4, '0')}` },
    industry: 'retail',
    region: 'HB',
    source: 'referral',
    size: 'small',
  };
}

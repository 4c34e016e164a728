import request from 'supertest';
import { ALL_PROJECTIONS, readModelDigest } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { ManualClock } from '#shared';
import { bearer } from './support/bearer.js';
import { rebuildsFinished } from './support/rebuilds-finished.js';
import { customerBody, startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// The read side over the real app: commands go in over HTTP, reads come from the projections.

const NOW = new Date('2024-06-01T08:00:00.000Z');

describe('Read side (e2e)', () => {
  let t: TestApp;
  let salesA: TestUser;
  let salesB: TestUser;
  let manager: TestUser;
  let analyst: TestUser;
  let lastPosition = 0;
  const ids: Record<string, string> = {};

  const as = (user: TestUser | string) => {
    const token = typeof user === 'string' ? user : user.token;
    return {
      get: (url: string) => request(t.http).get(url).set(bearer(token)).set('x-min-position', String(lastPosition)),
      post: async (url: string, body: object) => {
        const response = await request(t.http).post(url).set(bearer(token)).send(body);
        expect([200, 201]).toContain(response.status);
        lastPosition = Math.max(lastPosition, response.body.position ?? 0);
        return response.body as { id: string; revision: number; position: number };
      },
    };
  };

  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock(NOW) });
    salesA = await t.createUser('sales', 'team-1');
    salesB = await t.createUser('sales', 'team-2');
    manager = await t.createUser('manager', 'team-1');
    analyst = await t.createUser('analyst');
    // This suite is about the read side: keep the high-value and recent-order rules (SPEC §5) from tagging alpha behind its back.
    for (const rule of ['high-value', 'recent-order'])
      await request(t.http).put(`/v1/admin/rules/${rule}`).set(bearer(t.adminToken)).send({ enabled: false }).expect(200);

    ids.alpha = (
      await as(salesA).post(
        '/v1/customers',
        customerBody({ name: 'Alpha Trading', industry: 'retail', contact: { phone: '13812345678', email: 'zhang@alpha.example' } }),
      )
    ).id;
    ids.beta = (await as(salesA).post('/v1/customers', customerBody({ name: 'Beta Works', industry: 'internet', region: 'HD' }))).id;
    ids.gamma = (await as(salesB).post('/v1/customers', customerBody({ name: 'Gamma Foods', industry: 'retail', source: 'online' }))).id;

    await as(salesA).post(`/v1/customers/${ids.alpha}/follow-ups`, {
      at: '2024-05-20T10:00:00.000Z',
      method: 'phone',
      content: 'intro call',
      result: 'interested',
    });
    await as(salesA).post(`/v1/customers/${ids.alpha}/follow-ups`, {
      at: '2024-05-25T10:00:00.000Z',
      method: 'visit',
      content: 'demo',
      result: 'needs_follow_up',
    });
    await as(salesA).post(`/v1/customers/${ids.alpha}/orders`, { orderId: 'SO-1', amount: 12_000_000, orderedAt: '2024-05-26T00:00:00.000Z' });
    await as(salesA).post(`/v1/customers/${ids.alpha}/tags`, { tag: 'vip' });
    await as(salesA).post(`/v1/customers/${ids.alpha}/status`, { to: 'won', reason: 'contract signed' });
    await as(salesB).post(`/v1/customers/${ids.gamma}/status`, { to: 'qualified', reason: 'budget confirmed' });
  });

  afterAll(async () => {
    await t.close({ removeData: true });
  });

  describe('GET /v1/customers', () => {
    it('lists only what the caller may see: sales its own, manager its team, admin all', async () => {
      const names = async (user: TestUser | string) =>
        ((await as(user).get('/v1/customers?sort=name').expect(200)).body.items as { name: string }[]).map((c) => c.name);
      expect(await names(salesA)).toEqual(['Alpha Trading', 'Beta Works']);
      expect(await names(salesB)).toEqual(['Gamma Foods']);
      expect(await names(manager)).toEqual(['Alpha Trading', 'Beta Works']);
      expect(await names(t.adminToken)).toEqual(['Alpha Trading', 'Beta Works', 'Gamma Foods']);
    });

    it('filters by status, tag, industry, region, owner and q', async () => {
      const names = async (query: string) =>
        ((await as(t.adminToken).get(`/v1/customers?sort=name&${query}`).expect(200)).body.items as { name: string }[]).map((c) => c.name);
      expect(await names('status=won')).toEqual(['Alpha Trading']);
      expect(await names('tag=vip')).toEqual(['Alpha Trading']);
      expect(await names('industry=retail')).toEqual(['Alpha Trading', 'Gamma Foods']);
      expect(await names('region=HD')).toEqual(['Beta Works']);
      expect(await names(`ownerId=${salesB.id}`)).toEqual(['Gamma Foods']);
      expect(await names('q=alpha.exam')).toEqual(['Alpha Trading']);
      expect(await names('q=FOODS')).toEqual(['Gamma Foods']);
    });

    it('pages with a keyset cursor', async () => {
      const first = (await as(t.adminToken).get('/v1/customers?sort=-name&limit=2').expect(200)).body;
      expect(first.items.map((c: { name: string }) => c.name)).toEqual(['Gamma Foods', 'Beta Works']);
      const second = (await as(t.adminToken).get(`/v1/customers?sort=-name&limit=2&cursor=${first.nextCursor}`).expect(200)).body;
      expect(second.items.map((c: { name: string }) => c.name)).toEqual(['Alpha Trading']);
      expect(second.nextCursor).toBeNull();
      await as(t.adminToken).get('/v1/customers?cursor=not-a-cursor').expect(400);
      await as(t.adminToken).get('/v1/customers?unknown=1').expect(400);
    });

    it('masks contact data for an analyst, and exports CSV', async () => {
      const items = (await as(analyst).get('/v1/customers?q=Alpha').expect(200)).body.items;
      expect(items[0].contact).toMatchObject({ phone: '138****5678', email: 'z***@alpha.example' });
      const csv = await as(analyst).get('/v1/customers?sort=name&format=csv').expect(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      // A BOM first, for Excel (String.trim drops it too).
      expect(csv.text).toMatch(/^\uFEFFid,code,name,/);
      const lines = csv.text.trim().split('\n');
      expect(lines).toHaveLength(4);
      expect(lines[1]).toContain('138****5678');
    });
  });

  describe('GET /v1/customers/:id', () => {
    it('answers the profile with revision, tags, value metrics and churn risk', async () => {
      const response = await as(salesA).get(`/v1/customers/${ids.alpha}`).expect(200);
      expect(response.headers.etag).toBe(`"${response.body.revision}"`);
      expect(response.body).toMatchObject({
        id: ids.alpha,
        name: 'Alpha Trading',
        status: 'won',
        ownerId: salesA.id,
        revision: 5,
        tags: [{ tag: 'vip', source: 'manual' }],
        contact: { phone: '13812345678' },
        lastInteractionAt: '2024-05-26T00:00:00.000Z',
        lastFollowUpResult: 'needs_follow_up',
        followUpCount: 2,
        value: { trailing12MonthSpend: 12_000_000, tier: 'high', orderCount: 1 },
        churnRisk: { score: 10, level: 'low' },
      });
    });

    it('answers 404 to a sales rep for another rep’s customer, and to anyone for an unknown id', async () => {
      await as(salesB).get(`/v1/customers/${ids.alpha}`).expect(404);
      await as(t.adminToken).get('/v1/customers/6f0f0c5e-8c4e-4b6b-9a57-0d7b3a9c1e11').expect(404);
      await as(manager).get(`/v1/customers/${ids.beta}`).expect(200);
      await as(manager).get(`/v1/customers/${ids.gamma}`).expect(404);
    });

    it('lists follow-ups newest first, with the same access', async () => {
      const items = (await as(salesA).get(`/v1/customers/${ids.alpha}/follow-ups`).expect(200)).body.items;
      expect(items.map((f: { content: string }) => f.content)).toEqual(['demo', 'intro call']);
      await as(salesB).get(`/v1/customers/${ids.alpha}/follow-ups`).expect(404);
    });
  });

  describe('read-your-writes', () => {
    it('sees a write at once when the read names the command position', async () => {
      const result = await as(salesA).post(`/v1/customers/${ids.beta}/tags`, { tag: 'fresh' });
      const response = await request(t.http).get(`/v1/customers/${ids.beta}?minPosition=${result.position}`).set(bearer(salesA.token)).expect(200);
      expect(response.body.tags.map((tag: { tag: string }) => tag.tag)).toContain('fresh');
    });

    it('answers 503 with Retry-After when the projections do not reach the position within 5 s', async () => {
      const response = await request(t.http).get('/v1/customers').set(bearer(salesA.token)).set('x-min-position', '99999999').expect(503);
      expect(response.headers['retry-after']).toBeDefined();
      await request(t.http).get('/v1/customers').set(bearer(salesA.token)).set('x-min-position', 'soon').expect(400);
    }, 15_000);
  });

  describe('analytics', () => {
    it('reports the funnel of a registration cohort, grouped by owner', async () => {
      const body = (await as(analyst).get('/v1/analytics/funnel?from=2024-06-01&to=2024-06-02&groupBy=owner').expect(200)).body;
      const mine = body.groups.find((g: { key: string }) => g.key === salesA.id);
      expect(mine).toMatchObject({
        registered: 2,
        reached: { prospect: 2, qualified: 1, won: 1 },
        conversion: { prospectToWon: 0.5 },
        current: { prospect: 1, won: 1 },
      });
      const empty = (await as(analyst).get('/v1/analytics/funnel?from=2023-01-01&to=2023-02-01').expect(200)).body;
      expect(empty.groups).toEqual([]);
      await as(salesA).get('/v1/analytics/funnel').expect(403);
    });

    it('ranks churn risk, and distributes by industry, value and tag', async () => {
      const risk = (await as(analyst).get('/v1/analytics/churn-risk').expect(200)).body.items;
      expect(risk[0]).toMatchObject({ id: ids.alpha, churnRisk: { level: 'low' } });
      const industries = (await as(analyst).get('/v1/analytics/industry-distribution').expect(200)).body;
      expect(industries.items[0]).toMatchObject({ industry: 'retail', customers: 2, won: 1 });
      const trend = (await as(analyst).get('/v1/analytics/value-trend?granularity=quarter').expect(200)).body.items;
      expect(trend).toEqual([{ period: '2024-Q2', currency: 'CNY', amount: 12_000_000, orders: 1 }]);
      const tags = (await as(analyst).get('/v1/analytics/tags').expect(200)).body.items;
      expect(tags).toEqual(expect.arrayContaining([{ tag: 'vip', category: 'uncategorised', customers: 1 }]));
      const csv = await as(analyst).get('/v1/analytics/industry-distribution?format=csv').expect(200);
      expect(csv.text.split('\n')[0]).toBe('\uFEFFindustry,customers,won,share');
    });
  });

  describe('admin projections', () => {
    const projectionStatus = async () => (await as(t.adminToken).get('/v1/admin/projections').expect(200)).body.items as { name: string; position: number }[];

    it('shows every projection at the head, and a rebuild yields exactly the same read models', async () => {
      const status = await projectionStatus();
      expect(status.map((p) => p.name)).toEqual(ALL_PROJECTIONS.map((p) => p.name));
      for (const projection of status) expect(projection).toMatchObject({ position: lastPosition, lag: 0, running: true, lastError: null });

      const store = t.app.get<ReadStore>(READ_STORE);
      const incremental = await Promise.all(ALL_PROJECTIONS.map((p) => readModelDigest(store, p)));
      for (const projection of ALL_PROJECTIONS) {
        await request(t.http).post(`/v1/admin/projections/${projection.name}/rebuild`).set(bearer(t.adminToken)).expect(202);
      }
      await rebuildsFinished(t);
      for (const projection of await projectionStatus()) expect(projection).toMatchObject({ position: lastPosition, lastError: null });
      expect(await Promise.all(ALL_PROJECTIONS.map((p) => readModelDigest(store, p)))).toEqual(incremental);

      await request(t.http).post('/v1/admin/projections/nope/rebuild').set(bearer(t.adminToken)).expect(404);
      await request(t.http).get('/v1/admin/projections').set(bearer(analyst.token)).expect(403);
    });
  });
});

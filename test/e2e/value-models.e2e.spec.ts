import request from 'supertest';
import { ManualClock } from '#shared';
import { bearer } from './support/bearer.js';
import { customerBody, startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Issue 14 items 1–3 over HTTP: RFM, lifecycle stages and LTV on the profile, as list filters and as
// analytics, scoped like every read, with the thresholds an admin sets as events.

const REGISTERED = new Date('2024-01-02T02:00:00.000Z');
const NOW = new Date('2024-12-31T04:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

describe('value models: RFM, lifecycle stages, LTV (e2e)', () => {
  let t: TestApp;
  const clock = new ManualClock(REGISTERED);
  let salesA: TestUser;
  let salesB: TestUser;
  let manager: TestUser;
  let analyst: TestUser;
  let valueBlind: TestUser;
  let last = 0;
  const ids: Record<string, string> = {};

  const get = (who: TestUser | string, url: string) => request(t.http).get(url).set(bearer(who)).set('x-min-position', String(last));
  const post = async (who: TestUser | string, url: string, body: object) => {
    const response = await request(t.http).post(url).set(bearer(who)).send(body).expect(201);
    last = Math.max(last, response.body.position as number);
    return response.body as { id: string };
  };
  const order = (who: TestUser, id: string, orderId: string, amount: number, orderedAt: string) =>
    post(who, `/v1/customers/${id}/orders`, { orderId, amount, currency: 'CNY', orderedAt });

  beforeAll(async () => {
    t = await startTestApp({ clock });
    for (const rule of ['high-value', 'churn-risk']) {
      await request(t.http).put(`/v1/admin/rules/${rule}`).set(bearer(t.adminToken)).send({ enabled: false }).expect(200);
    }
    salesA = await t.createUser('sales', 'team-1');
    salesB = await t.createUser('sales', 'team-2');
    manager = await t.createUser('manager', 'team-1');
    analyst = await t.createUser('analyst');
    await request(t.http)
      .post('/v1/roles')
      .set(bearer(t.adminToken))
      .send({ id: 'value-blind-analyst', name: '無金額分析', copyOf: 'analyst', fields: { contactInClear: 'own', sensitive: false, hidden: ['value'] } })
      .expect(201);
    valueBlind = await t.createUser('value-blind-analyst' as never);

    ids.a = (await post(salesA, '/v1/customers', customerBody({ name: 'Alpha' }))).id;
    ids.b = (await post(salesA, '/v1/customers', customerBody({ name: 'Beta' }))).id;
    ids.c = (await post(salesB, '/v1/customers', customerBody({ name: 'Gamma' }))).id;
    ids.d = (await post(salesB, '/v1/customers', customerBody({ name: 'Delta' }))).id;
    clock.set(NOW);
    // Alpha: five orders of 20,000 CNY, the last 10 days ago → R5 F4 M4, 重要價值客戶.
    for (const [i, orderedAt] of ['2024-06-01', '2024-07-01', '2024-09-01', '2024-11-01', daysAgo(10).slice(0, 10)].entries()) {
      await order(salesA, ids.a, `a${i}`, 2_000_000, `${orderedAt}T04:00:00.000Z`);
    }
    // Beta: one order of 5,000 CNY 351 days ago → R2 F1 M1, 一般挽留客戶.
    await order(salesA, ids.b, 'b1', 500_000, daysAgo(351));
    // Gamma: a follow-up, no order → a prospect without RFM.
    await post(salesB, `/v1/customers/${ids.c}/follow-ups`, { at: daysAgo(5), method: 'phone', content: 'call', result: 'interested' });
    // Delta: two orders of 30,000 CNY this month → R5 F2 M3, 重要發展客戶, and new.
    await order(salesB, ids.d, 'd1', 3_000_000, daysAgo(30));
    await order(salesB, ids.d, 'd2', 3_000_000, daysAgo(11));
  }, 60_000);

  afterAll(() => t.close({ removeData: true }));

  describe('on the customer profile', () => {
    it('shows the RFM scores, the segment, the lifecycle stage and the LTV with its inputs', async () => {
      const alpha = (await get(t.adminToken, `/v1/customers/${ids.a}`).expect(200)).body;
      expect(alpha.rfm).toEqual({ recencyDays: 10, frequency: 5, monetary: 10_000_000, r: 5, f: 4, m: 4, score: '544', segment: 'important_value' });
      expect(alpha.lifecycleStage).toBe('active');
      // 20,000 CNY a order × 5 a year (first order 213 days ago: one year counted) × 3 years.
      expect(alpha.ltv).toEqual({
        value: 30_000_000,
        averageOrderValue: 2_000_000,
        purchasesPerYear: 5,
        expectedLifetimeYears: 3,
        horizonYears: 3,
        currency: 'CNY',
      });
      const gamma = (await get(salesB, `/v1/customers/${ids.c}`).expect(200)).body;
      expect(gamma).toMatchObject({ rfm: null, lifecycleStage: 'prospect', ltv: null });
      expect((await get(salesB, `/v1/customers/${ids.d}`).expect(200)).body).toMatchObject({
        rfm: { score: '523', segment: 'important_develop' },
        lifecycleStage: 'new',
      });
    });

    it('shows a role that hides value recency and frequency only: no M, no spend, no segment, no LTV', async () => {
      const alpha = (await get(valueBlind, `/v1/customers/${ids.a}`).expect(200)).body;
      expect(alpha.rfm).toEqual({ recencyDays: 10, frequency: 5, r: 5, f: 4 });
      expect(alpha).not.toHaveProperty('ltv');
      expect(JSON.stringify(alpha)).not.toContain('10000000');
      expect(alpha.lifecycleStage).toBe('active');
    });

    it('gives the stage history with when each stage was entered, and 404 for a customer one may not see', async () => {
      const beta = (await get(salesA, `/v1/customers/${ids.b}/lifecycle`).set('accept-language', 'zh-TW').expect(200)).body;
      expect(beta).toMatchObject({
        customerId: ids.b,
        stage: 'lost',
        since: daysAgo(171),
        building: false,
        thresholds: { newDays: 90, silentAfterDays: 90, lostAfterDays: 180 },
      });
      // One order 351 days ago: new for 90 days, silent 90 days after it, lost 180 days after it — time alone moved it on.
      expect(beta.history).toEqual([
        { stage: 'prospect', label: '潛客', enteredAt: REGISTERED.toISOString() },
        { stage: 'new', label: '新客', enteredAt: daysAgo(351) },
        { stage: 'silent', label: '沉默客戶', enteredAt: daysAgo(261) },
        { stage: 'lost', label: '流失客戶', enteredAt: daysAgo(171) },
      ]);
      await get(salesB, `/v1/customers/${ids.b}/lifecycle`).expect(404);
    });
  });

  describe('as list filters', () => {
    const listed = async (who: TestUser | string, query: string) =>
      ((await get(who, `/v1/customers?${query}`).expect(200)).body.items as { id: string }[]).map((c) => c.id);

    it('filters by segment and by lifecycle stage, within the caller’s scope', async () => {
      expect(await listed(t.adminToken, 'segment=important_value')).toEqual([ids.a]);
      expect(await listed(t.adminToken, 'segment=general_retain')).toEqual([ids.b]);
      expect(await listed(salesB, 'segment=general_retain')).toEqual([]);
      expect(await listed(t.adminToken, 'lifecycleStage=prospect')).toEqual([ids.c]);
      expect(await listed(salesA, 'lifecycleStage=new')).toEqual([]);
      expect(await listed(salesB, 'lifecycleStage=new')).toEqual([ids.d]);
    });

    it('pages through a filtered list without losing or repeating customers', async () => {
      const first = (await get(t.adminToken, '/v1/customers?segment=important_value&limit=1&sort=name').expect(200)).body;
      expect(first.items.map((c: { id: string }) => c.id)).toEqual([ids.a]);
      // Beta, Delta and Gamma sort after Alpha and were not read yet: the page says there may be more.
      expect(first.nextCursor).toEqual(expect.any(String));
      const second = (await get(t.adminToken, `/v1/customers?segment=important_value&limit=1&sort=name&cursor=${first.nextCursor}`).expect(200)).body;
      expect(second).toEqual({ items: [], nextCursor: null });
    });

    it('answers 400 naming the field for an unknown segment, and 403 to a role that hides value', async () => {
      const bad = await get(t.adminToken, '/v1/customers?segment=vip').expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'segment' })]);
      await get(valueBlind, '/v1/customers?segment=important_value').expect(403);
      expect(await listed(valueBlind, 'lifecycleStage=prospect')).toEqual([ids.c]);
    });
  });

  describe('GET /v1/analytics/rfm and /ltv', () => {
    it('counts customers and spend per segment and in the R×F grid, labelled in the caller’s language', async () => {
      const rfm = (await get(analyst, '/v1/analytics/rfm').set('accept-language', 'zh-Hant').expect(200)).body;
      expect(rfm).toMatchObject({ at: NOW.toISOString(), building: false, customers: 3, spend: 16_500_000 });
      const segments = Object.fromEntries(rfm.segments.map((s: { segment: string; customers: number; spend: number; label: string }) => [s.segment, s]));
      expect(rfm.segments).toHaveLength(8);
      expect(segments.important_value).toEqual({ segment: 'important_value', label: '重要價值客戶', customers: 1, spend: 10_000_000 });
      expect(segments.important_develop).toMatchObject({ customers: 1, spend: 6_000_000 });
      expect(segments.general_retain).toMatchObject({ label: '一般挽留客戶', customers: 1, spend: 500_000 });
      expect(rfm.grid).toHaveLength(25);
      const cell = (r: number, f: number) => rfm.grid.find((c: { r: number; f: number }) => c.r === r && c.f === f);
      expect(cell(5, 4)).toEqual({ r: 5, f: 4, customers: 1, spend: 10_000_000 });
      expect(cell(5, 2)).toMatchObject({ customers: 1 });
      expect(cell(2, 1)).toMatchObject({ customers: 1 });
      expect(cell(1, 1)).toMatchObject({ customers: 0, spend: 0 });
    });

    it('evaluates as of an instant: a year later everyone has slipped', async () => {
      const later = (await get(analyst, '/v1/analytics/rfm?at=2025-12-31T00:00:00.000Z').expect(200)).body;
      expect(later.segments.find((s: { segment: string }) => s.segment === 'important_value').customers).toBe(0);
      expect(later.segments.find((s: { segment: string }) => s.segment === 'important_keep').customers).toBe(1);
      const bad = await get(analyst, '/v1/analytics/rfm?at=yesterday').expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'at' })]);
    });

    it('scopes a manager to the team and a sales rep to their own customers', async () => {
      expect((await get(manager, '/v1/analytics/rfm').expect(200)).body.customers).toBe(2);
      const team = (await get(manager, '/v1/analytics/ltv').expect(200)).body;
      expect(team.top.map((row: { customerId: string }) => row.customerId)).toEqual([ids.a, ids.b]);
      // Sales reps have no analytics; their scope shows in the list filters above.
      await get(salesB, '/v1/analytics/ltv').expect(403);
    });

    it('exports CSV, and answers 403 to a role that hides value', async () => {
      const csv = (await get(analyst, '/v1/analytics/rfm?format=csv').expect(200)).text.replace(/^\uFEFF/, '').split('\n');
      expect(csv[0]).toBe('section,segment,label,r,f,customers,spend');
      expect(csv).toContain('segment,important_value,Important value,,,1,10000000');
      expect(csv).toContain('grid,,,5,4,1,10000000');
      await get(valueBlind, '/v1/analytics/rfm').expect(403);
      await get(valueBlind, '/v1/analytics/ltv').expect(403);
    });

    it('ranks customers by LTV with its inputs and sums it per segment', async () => {
      const ltv = (await get(analyst, '/v1/analytics/ltv?limit=2').expect(200)).body;
      expect(ltv).toMatchObject({ horizonYears: 3, customers: 3, building: false });
      expect(ltv.top).toEqual([
        expect.objectContaining({ customerId: ids.a, name: 'Alpha', segment: 'important_value', value: 30_000_000 }),
        // Delta: 30,000 CNY × 2 a year × 2 years (R high, F low).
        expect.objectContaining({
          customerId: ids.d,
          segment: 'important_develop',
          averageOrderValue: 3_000_000,
          purchasesPerYear: 2,
          expectedLifetimeYears: 2,
          value: 12_000_000,
        }),
      ]);
      // Beta: 5,000 CNY × 1 a year × half a year (R and F low).
      expect(ltv.ltv).toBe(30_000_000 + 12_000_000 + 250_000);
    });
  });

  describe('GET /v1/analytics/lifecycle', () => {
    it('counts stages at the end of each month and the flows month over month', async () => {
      const report = (await get(analyst, '/v1/analytics/lifecycle?from=2024-11&to=2024-12').expect(200)).body;
      expect(report).toMatchObject({ from: '2024-11', to: '2024-12', timeZone: 'Asia/Shanghai', building: false });
      expect(report.months).toEqual([
        { month: '2024-11', stages: { prospect: 2, new: 0, active: 1, silent: 0, lost: 1 } },
        { month: '2024-12', stages: { prospect: 1, new: 1, active: 1, silent: 0, lost: 1 } },
      ]);
      expect(report.flows).toEqual([{ month: '2024-12', from: 'prospect', to: 'new', count: 1 }]);
      const csv = (await get(analyst, '/v1/analytics/lifecycle?from=2024-12&to=2024-12&format=csv').expect(200)).text.replace(/^\uFEFF/, '').split('\n');
      expect(csv[0]).toBe('section,month,prospect,new,active,silent,lost,from,to,count');
      expect(csv[1]).toBe('month,2024-12,1,1,1,0,1,,,');
    });

    it('scopes the counts, and refuses a range that runs backwards or is not months', async () => {
      const team = (await get(manager, '/v1/analytics/lifecycle?from=2024-12&to=2024-12').expect(200)).body;
      expect(team.months[0].stages).toEqual({ prospect: 0, new: 0, active: 1, silent: 0, lost: 1 });
      expect((await get(analyst, '/v1/analytics/lifecycle?from=2024-12&to=2024-01').expect(400)).body.errors).toEqual([
        expect.objectContaining({ field: 'from' }),
      ]);
      expect((await get(analyst, '/v1/analytics/lifecycle?from=2024-13').expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'from' })]);
    });
  });

  describe('thresholds set by an admin, as events', () => {
    it('starts from the defaults, refuses bad thresholds naming the field, and records each change with who made it', async () => {
      const before = (await get(analyst, '/v1/analytics/settings').expect(200)).body;
      expect(before).toMatchObject({ revision: -1, history: [], rfm: { recencyDays: [30, 90, 180, 365] } });

      const rfm = { recencyDays: [30, 90, 180, 365], frequency: [2, 3, 5, 10], monetary: [1_000_000, 5_000_000, 20_000_000, 50_000_000] };
      await request(t.http).put('/v1/analytics/settings/rfm').set(bearer(analyst)).send(rfm).expect(403);
      const descending = await request(t.http)
        .put('/v1/analytics/settings/rfm')
        .set(bearer(t.adminToken))
        .send({ ...rfm, monetary: [5, 4, 3, 2] })
        .expect(400);
      expect(descending.body.errors).toEqual([expect.objectContaining({ field: 'monetary' })]);
      const short = await request(t.http)
        .put('/v1/analytics/settings/rfm')
        .set(bearer(t.adminToken))
        .send({ ...rfm, frequency: [1, 2] })
        .expect(400);
      expect(short.body.errors).toEqual([expect.objectContaining({ field: 'frequency' })]);

      const after = (await request(t.http).put('/v1/analytics/settings/rfm').set(bearer(t.adminToken)).send(rfm).expect(200)).body;
      expect(after).toMatchObject({ revision: 0, rfm });
      expect(after.history).toEqual([expect.objectContaining({ type: 'RfmThresholdsChanged', revision: 0, actorId: expect.any(String) })]);
      expect(after.history[0].actorId).not.toBe('');
      // Setting them again records nothing new.
      expect((await request(t.http).put('/v1/analytics/settings/rfm').set(bearer(t.adminToken)).send(rfm).expect(200)).body.history).toHaveLength(1);

      // The new M edges apply at once: Alpha's 100,000 CNY is now M3, still important.
      expect((await get(t.adminToken, `/v1/customers/${ids.a}`).expect(200)).body.rfm).toMatchObject({ m: 3, score: '543' });
    });

    it('moves stages when the lifecycle thresholds change', async () => {
      const body = { newDays: 10, silentAfterDays: 20, lostAfterDays: 400 };
      const bad = await request(t.http)
        .put('/v1/analytics/settings/lifecycle')
        .set(bearer(t.adminToken))
        .send({ ...body, lostAfterDays: 20 })
        .expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'lostAfterDays' })]);
      await request(t.http).put('/v1/analytics/settings/lifecycle').set(bearer(t.adminToken)).send(body).expect(200);
      // Delta's last order was 11 days ago: past newDays, within silentAfterDays → active; Beta within 400 days → silent.
      expect((await get(salesB, `/v1/customers/${ids.d}`).expect(200)).body.lifecycleStage).toBe('active');
      expect((await get(salesA, `/v1/customers/${ids.b}/lifecycle`).expect(200)).body.stage).toBe('silent');
      const history = (await get(t.adminToken, '/v1/analytics/settings').expect(200)).body.history;
      expect(history.map((h: { type: string }) => h.type)).toEqual(['RfmThresholdsChanged', 'LifecycleThresholdsChanged']);
    });
  });
});

import request from 'supertest';
import { ManualClock } from '#shared';
import { bearer } from './support/bearer.js';
import { customerBody, startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Named reports (issue 14 item 5, seed 000: 快速報表 客戶月度活躍度報表, 高價值客戶清單) over HTTP.

describe('named reports', () => {
  let t: TestApp;
  let salesA: TestUser;
  let salesB: TestUser;
  let analyst: TestUser;
  let position = 0;
  const ids: Record<string, string> = {};

  const post = async (who: TestUser, url: string, body: object) => {
    const response = await request(t.http).post(url).set(bearer(who)).send(body);
    expect([200, 201]).toContain(response.status);
    position = Math.max(position, response.body.position ?? 0);
    return response.body as { id: string };
  };
  const get = (who: TestUser | string, url: string) => request(t.http).get(url).set(bearer(who)).set('x-min-position', String(position));

  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock(new Date('2024-06-10T00:00:00.000Z')) });
    await request(t.http).put('/v1/admin/rules/high-value').set(bearer(t.adminToken)).send({ enabled: false }).expect(200);
    salesA = await t.createUser('sales', 'north');
    salesB = await t.createUser('sales', 'south');
    analyst = await t.createUser('analyst');
    ids.big = (await post(salesA, '/v1/customers', customerBody({ name: 'Big Buyer' }))).id;
    ids.small = (await post(salesA, '/v1/customers', customerBody({ name: 'Small Buyer' }))).id;
    ids.quiet = (await post(salesB, '/v1/customers', customerBody({ name: 'Caller' }))).id;
    const followUp = (at: string) => ({ at, method: 'phone', content: 'call', result: 'interested' });
    await post(salesA, `/v1/customers/${ids.big}/follow-ups`, followUp('2024-05-20T10:00:00.000Z'));
    await post(salesA, `/v1/customers/${ids.big}/orders`, { orderId: 'big-1', amount: 12_000_000, currency: 'CNY', orderedAt: '2024-05-25T00:00:00.000Z' });
    // 2024-04-30T20:00Z is 2024-05-01 in Asia/Shanghai.
    await post(salesA, `/v1/customers/${ids.small}/orders`, { orderId: 'small-1', amount: 300_000, currency: 'CNY', orderedAt: '2024-04-30T20:00:00.000Z' });
    await post(salesB, `/v1/customers/${ids.quiet}/follow-ups`, followUp('2024-06-02T01:00:00.000Z'));
  });
  afterAll(() => t.close({ removeData: true }));

  it('lists the reports by name with English and Chinese titles, chart kind and columns', async () => {
    const { items } = (await get(analyst, '/v1/reports').expect(200)).body as { items: { name: string; title: Record<string, string>; chart?: string }[] };
    expect(items.map((r) => r.name)).toEqual(['funnel', 'industry-distribution', 'value-trend', 'churn-risk', 'monthly-activity', 'high-value']);
    expect(items.find((r) => r.name === 'monthly-activity')).toMatchObject({
      title: { 'zh-Hant': '客戶月度活躍度報表', 'zh-Hans': '客户月度活跃度报表' },
      chart: 'bar',
    });
    expect(items.find((r) => r.name === 'high-value')?.title['zh-Hant']).toBe('高價值客戶清單');
    await get(salesA, '/v1/reports').expect(403);
  });

  it('monthly-activity: customers with a follow-up or order per owner per month, in the deployment zone', async () => {
    const body = (await get(analyst, '/v1/reports/monthly-activity?from=2024-04&to=2024-07').expect(200)).body;
    expect(body.rows).toEqual([
      { month: '2024-05', ownerId: salesA.id, activeCustomers: 2, customersWithFollowUps: 1, customersWithOrders: 2 },
      { month: '2024-06', ownerId: salesB.id, activeCustomers: 1, customersWithFollowUps: 1, customersWithOrders: 0 },
    ]);
    const byDefault = (await get(analyst, '/v1/reports/monthly-activity').expect(200)).body.answer;
    expect(byDefault).toMatchObject({ from: '2023-07', to: '2024-07', timeZone: 'Asia/Shanghai' });
    expect(byDefault.items).toHaveLength(2);
    const field = (await get(analyst, '/v1/reports/monthly-activity?from=May').expect(400)).body.errors[0].field;
    expect(field).toBe('from');
    await get(analyst, '/v1/reports/monthly-activity?colour=red').expect(400);
  });

  it('high-value: the customers of the high tier now, with spend, last order and owner', async () => {
    const body = (await get(analyst, '/v1/reports/high-value').expect(200)).body;
    expect(body.rows).toEqual([
      {
        id: ids.big,
        code: expect.any(String),
        name: 'Big Buyer',
        ownerId: salesA.id,
        trailing12MonthSpend: 12_000_000,
        trailing12MonthSpendYuan: 120_000,
        lifetimeSpend: 12_000_000,
        orderCount: 1,
        lastOrderAt: '2024-05-25T00:00:00.000Z',
      },
    ]);
  });

  it('presents the analytics routes with their query, and validates it as they do', async () => {
    const funnel = (await get(analyst, '/v1/reports/funnel?groupBy=owner').expect(200)).body;
    expect(funnel.answer.groups.map((g: { key: string }) => g.key).sort()).toEqual([salesA.id, salesB.id].sort());
    expect(funnel.rows[0]).toHaveProperty(['reached.won']);
    expect((await get(analyst, '/v1/reports/funnel?groupBy=planet').expect(400)).body.errors[0].field).toBe('groupBy');
    expect((await get(analyst, '/v1/reports/industry-distribution').expect(200)).body.answer.total).toBe(3);
    expect((await get(analyst, '/v1/reports/value-trend?granularity=quarter').expect(200)).body.rows).toEqual([
      { period: '2024-Q2', currency: 'CNY', amount: 12_300_000, orders: 2 },
    ]);
    expect((await get(analyst, '/v1/reports/churn-risk?limit=1').expect(200)).body.rows).toEqual([
      expect.objectContaining({ name: 'Small Buyer', level: 'low' }),
    ]);
    await get(analyst, '/v1/reports/no-such-report').expect(404);
  });

  it('answers every report as CSV whose header is the report’s columns', async () => {
    const { items } = (await get(analyst, '/v1/reports').expect(200)).body as { items: { name: string; columns: string[] }[] };
    for (const report of items) {
      const csv = await get(t.adminToken, `/v1/reports/${report.name}?format=csv`).expect(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      // Every CSV starts with a UTF-8 BOM, so Excel in China reads the Chinese text.
      expect(csv.text.startsWith('\uFEFF')).toBe(true);
      expect(csv.text.slice(1).split('\n')[0]).toBe(report.columns.join(','));
    }
    const highValue = (await get(t.adminToken, '/v1/reports/high-value?format=csv').expect(200)).text;
    expect(highValue).toContain('Big Buyer');
  });
});

import request from 'supertest';
import { ManualClock } from '#shared';
import { bearer } from './support/bearer.js';
import { rebuildsFinished } from './support/rebuilds-finished.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// TIME_ZONE (issue 14): the months of every analytics answer are those of the deployment's zone, not UTC slices.
// 2024-03-31T17:00Z is 1 April 01:00 in Shanghai.

const LATE_MARCH_UTC = '2024-03-31T17:00:00.000Z';

async function appIn(timeZone: string | undefined): Promise<{ t: TestApp; position: number }> {
  const clock = new ManualClock(new Date(LATE_MARCH_UTC));
  const t = await startTestApp({ clock, env: timeZone ? { TIME_ZONE: timeZone } : {} });
  const customer = await t.registerCustomer({ token: t.adminToken });
  const order = await request(t.http)
    .post(`/v1/customers/${customer.id}/orders`)
    .set(bearer(t.adminToken))
    .send({ orderId: 'o-1', amount: 12_300, orderedAt: LATE_MARCH_UTC })
    .expect(201);
  clock.set(new Date('2024-04-15T00:00:00.000Z'));
  return { t, position: order.body.position as number };
}

describe.each([
  [undefined, 'Asia/Shanghai', '2024-04', '2024-Q2'],
  ['UTC', 'UTC', '2024-03', '2024-Q1'],
])('TIME_ZONE=%s', (setting, zone, month, quarter) => {
  let t: TestApp;
  let position: number;
  const get = (url: string) => request(t.http).get(url).set(bearer(t.adminToken)).set('x-min-position', String(position)).expect(200);

  beforeAll(async () => ({ t, position } = await appIn(setting)), 30_000);
  afterAll(() => t.close({ removeData: true }));

  it(`puts an order at ${LATE_MARCH_UTC} in ${month} of the value trend, and in ${quarter}`, async () => {
    expect((await get('/v1/analytics/value-trend')).body.items).toEqual([{ period: month, currency: 'CNY', amount: 12_300, orders: 1 }]);
    expect((await get('/v1/analytics/value-trend?granularity=quarter')).body.items).toEqual([{ period: quarter, currency: 'CNY', amount: 12_300, orders: 1 }]);
  });

  it(`counts the customer, registered at that instant, in the lifecycle from ${month} on`, async () => {
    const report = (await get('/v1/analytics/lifecycle?from=2024-03&to=2024-04')).body;
    expect(report.timeZone).toBe(zone);
    const counted = report.months.map((m: { month: string; stages: Record<string, number> }) => [m.month, m.stages.new]);
    expect(counted).toEqual([
      ['2024-03', month === '2024-03' ? 1 : 0],
      ['2024-04', 1],
    ]);
  });

  it('says in the projections status which zone the value trend was cut in', async () => {
    const items = (await get('/v1/admin/projections')).body.items as { name: string; timeZone?: unknown }[];
    expect(items.find((p) => p.name === 'value-trend')?.timeZone).toEqual({ configured: zone, readModel: zone, rebuildNeeded: false });
  });
});

describe('a restart with another TIME_ZONE', () => {
  it('says the value trend needs a rebuild, and the rebuild cuts it into the new months', async () => {
    const { t, position } = await appIn('UTC');
    const { dataDir } = t;
    await request(t.http).get('/v1/analytics/value-trend').set(bearer(t.adminToken)).set('x-min-position', String(position)).expect(200);
    await t.close();
    const restarted = await startTestApp({ dataDir, clock: new ManualClock(new Date('2024-04-15T00:00:00.000Z')) });
    try {
      const status = async () =>
        (
          (await request(restarted.http).get('/v1/admin/projections').set(bearer(restarted.adminToken)).expect(200)).body.items as {
            name: string;
            timeZone?: unknown;
          }[]
        ).find((p) => p.name === 'value-trend')?.timeZone;
      expect(await status()).toEqual({ configured: 'Asia/Shanghai', readModel: 'UTC', rebuildNeeded: true });
      await request(restarted.http).post('/v1/admin/projections/value-trend/rebuild').set(bearer(restarted.adminToken)).expect(202);
      await rebuildsFinished(restarted);
      expect(await status()).toEqual({ configured: 'Asia/Shanghai', readModel: 'Asia/Shanghai', rebuildNeeded: false });
      const trend = (await request(restarted.http).get('/v1/analytics/value-trend').set(bearer(restarted.adminToken)).expect(200)).body.items;
      expect(trend).toEqual([{ period: '2024-04', currency: 'CNY', amount: 12_300, orders: 1 }]);
    } finally {
      await restarted.close({ removeData: true });
    }
  }, 60_000);
});

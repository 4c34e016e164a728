import request from 'supertest';
import { ManualClock } from '#shared';
import { bearer } from './support/bearer.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Issue 14 item 8: the funnel's cohort is the customers registered in exactly [from, to), also for a
// range shorter than a day or one that starts and ends inside days.

describe('funnel over any range', () => {
  const clock = new ManualClock(new Date('2024-03-10T17:30:00.000Z'));
  let t: TestApp;
  let sales: TestUser;
  let manager: TestUser;
  let position = 0;

  const register = async (at: string) => {
    clock.set(new Date(at));
    const { id, position: p } = await t.registerCustomer(sales);
    position = Math.max(position, p);
    return id;
  };
  const funnel = async (who: TestUser | string, query: string) =>
    (await request(t.http).get(`/v1/analytics/funnel?${query}`).set(bearer(who)).set('x-min-position', String(position)).expect(200)).body.groups as {
      key: string;
      registered: number;
    }[];

  beforeAll(async () => {
    t = await startTestApp({ clock });
    manager = await t.createUser('manager', 'east');
    sales = await t.createUser('sales', 'east');
    await register('2024-03-10T17:30:00.000Z');
    await register('2024-03-10T18:15:00.000Z');
    await register('2024-03-10T19:59:59.999Z');
    await register('2024-03-10T20:00:00.000Z');
    await register('2024-03-11T09:00:00.000Z');
    await register('2024-03-12T03:00:00.000Z');
  });
  afterAll(() => t.close({ removeData: true }));

  it('counts the customers registered within two hours of one day', async () => {
    expect(await funnel(t.adminToken, 'from=2024-03-10T18:00:00Z&to=2024-03-10T20:00:00Z')).toEqual([expect.objectContaining({ key: 'all', registered: 2 })]);
  });

  it('joins part days at both ends to the whole days between them', async () => {
    expect(await funnel(t.adminToken, 'from=2024-03-10T19:00:00Z&to=2024-03-12T02:00:00Z')).toEqual([expect.objectContaining({ registered: 3 })]);
    expect(await funnel(t.adminToken, 'from=2024-03-10T19:00:00Z')).toEqual([expect.objectContaining({ registered: 4 })]);
    expect(await funnel(t.adminToken, 'to=2024-03-10T18:00:00Z')).toEqual([expect.objectContaining({ registered: 1 })]);
    expect(await funnel(t.adminToken, 'from=2024-03-10&to=2024-03-11')).toEqual([expect.objectContaining({ registered: 4 })]);
  });

  it('answers a scoped caller by the exact instants too, grouped', async () => {
    expect(await funnel(manager, 'from=2024-03-10T18:00:00Z&to=2024-03-10T20:00:00Z&groupBy=owner')).toEqual([
      expect.objectContaining({ key: sales.id, registered: 2 }),
    ]);
  });

  it('gives no group only when nobody registered in the range', async () => {
    expect(await funnel(t.adminToken, 'from=2024-03-10T20:00:00.001Z&to=2024-03-11T08:00:00Z')).toEqual([]);
  });
});

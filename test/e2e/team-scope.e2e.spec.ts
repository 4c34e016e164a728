import request from 'supertest';
import { bearer } from './support/bearer.js';
import { sagasSettled } from './support/sagas-settled.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// A manager's reach is the team (SPEC §7, issue 11 holes 4 and 11): in every analytic, in whom a
// customer is given to; and a service agent completes only the reminders assigned to it.

describe('team scope', () => {
  let t: TestApp;
  let manager: TestUser;
  let north: TestUser;
  let south: TestUser;
  let service: TestUser;

  const fresh = async (who: TestUser | string, path: string) =>
    request(t.http)
      .get(path)
      .set(bearer(who))
      .set('x-min-position', String(await t.headPosition()))
      .expect(200);

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.createUser('manager', 'north');
    north = await t.createUser('sales', 'north');
    south = await t.createUser('sales', 'south');
    service = await t.createUser('service');
    const customer = async (owner: TestUser, industry: string, tag: string, amount: number) => {
      const { id } = await t.registerCustomer(owner, { industry });
      await request(t.http).post(`/v1/customers/${id}/tags`).set(bearer(owner)).send({ tag }).expect(200);
      await request(t.http)
        .post(`/v1/customers/${id}/orders`)
        .set(bearer(owner))
        .send({ orderId: `o-${id}`, amount, currency: 'CNY', orderedAt: '2024-03-10T00:00:00.000Z' })
        .expect(201);
      await request(t.http).post(`/v1/customers/${id}/status`).set(bearer(owner)).send({ to: 'qualified', reason: 'demo' }).expect(200);
    };
    await customer(north, 'internet', 'north-tag', 1_000);
    await customer(north, 'internet', 'north-tag', 2_000);
    await customer(south, 'retail', 'south-tag', 50_000);
  });
  afterAll(() => t.close({ removeData: true }));

  describe('analytics answer a manager for the team only (hole 4)', () => {
    it('funnel, also grouped by owner', async () => {
      const company = (await fresh(t.adminToken, '/v1/analytics/funnel')).body.groups;
      expect(company).toEqual([expect.objectContaining({ key: 'all', registered: 3 })]);
      const team = (await fresh(manager, '/v1/analytics/funnel')).body.groups;
      expect(team).toEqual([expect.objectContaining({ key: 'all', registered: 2, reached: expect.objectContaining({ qualified: 2 }) })]);
      const byOwner = (await fresh(manager, '/v1/analytics/funnel?groupBy=owner')).body.groups as { key: string }[];
      expect(byOwner.map((g) => g.key)).toEqual([north.id]);
      const byIndustry = (await fresh(manager, '/v1/analytics/funnel?groupBy=industry')).body.groups as { key: string }[];
      expect(byIndustry.map((g) => g.key)).toEqual(['internet']);
    });

    it('industry distribution', async () => {
      expect((await fresh(manager, '/v1/analytics/industry-distribution')).body).toEqual({
        total: 2,
        items: [{ industry: 'internet', customers: 2, won: 0, share: 1 }],
      });
      expect((await fresh(t.adminToken, '/v1/analytics/industry-distribution')).body.total).toBe(3);
    });

    it('tags', async () => {
      expect((await fresh(manager, '/v1/analytics/tags')).body.items).toEqual([{ tag: 'north-tag', category: 'uncategorised', customers: 2 }]);
      expect((await fresh(t.adminToken, '/v1/analytics/tags')).body.items).toContainEqual({ tag: 'south-tag', category: 'uncategorised', customers: 1 });
    });

    it('value trend', async () => {
      expect((await fresh(manager, '/v1/analytics/value-trend')).body.items).toEqual([{ period: '2024-03', currency: 'CNY', amount: 3_000, orders: 2 }]);
      expect((await fresh(t.adminToken, '/v1/analytics/value-trend')).body.items).toEqual([{ period: '2024-03', currency: 'CNY', amount: 53_000, orders: 3 }]);
    });
  });

  describe('a manager gives customers only within the team (hole 11)', () => {
    it('registers for a teammate, not for another team', async () => {
      await t.registerCustomer(manager, { ownerId: north.id });
      const outside = await request(t.http)
        .post('/v1/customers')
        .set(bearer(manager))
        .send({
          name: 'Outside Co',
          type: 'enterprise',
          contact: { phone: '13900000077' },
          industry: 'retail',
          region: 'HB',
          source: 'online',
          ownerId: south.id,
        });
      expect(outside.status).toBe(403);
    });

    it('moves a customer to a teammate, not to another team', async () => {
      const { id } = await t.registerCustomer(manager);
      await request(t.http).post(`/v1/customers/${id}/owner`).set(bearer(manager)).send({ ownerId: south.id }).expect(403);
      await request(t.http).post(`/v1/customers/${id}/owner`).set(bearer(manager)).send({ ownerId: north.id }).expect(200);
      await request(t.http).post(`/v1/customers/${id}/owner`).set(bearer(t.adminToken)).send({ ownerId: south.id }).expect(200);
    });
  });

  it('lets a service agent complete only reminders assigned to it (hole 11)', async () => {
    const { id } = await t.registerCustomer(north);
    const nextFollowUpAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await request(t.http)
      .post(`/v1/customers/${id}/follow-ups`)
      .set(bearer(service))
      .send({ method: 'phone', content: 'call back', result: 'needs_follow_up', nextFollowUpAt })
      .expect(201);
    const position = await sagasSettled(t);
    const listed = await request(t.http).get('/v1/reminders').set(bearer(service)).set('x-min-position', String(position)).expect(200);
    const reminder = (listed.body.items as { id: string; customerId: string; assigneeId: string }[]).find((r) => r.customerId === id);
    expect(reminder?.assigneeId).toBe(north.id);
    await request(t.http).post(`/v1/reminders/${reminder?.id}/complete`).set(bearer(service)).expect(403);
    await request(t.http).post(`/v1/reminders/${reminder?.id}/complete`).set(bearer(north)).expect(200);
  });
});

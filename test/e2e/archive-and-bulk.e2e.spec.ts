import request from 'supertest';
import { ManualClock } from '#shared';
import { bearer } from './support/bearer.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Archive/restore and bulk corrections over HTTP (issue 12 item 6).

const NOW = new Date('2024-06-20T08:00:00.000Z');

interface BulkReport {
  succeeded: { id: string; revision: number }[];
  failed: { id: string; status: number; code: string; title: string; errors: { field: string }[] }[];
  skipped: { id: string; revision: number }[];
  position: number;
}

describe('Archive, restore and bulk corrections (e2e)', () => {
  let t: TestApp;
  let sales: TestUser;
  let otherSales: TestUser;
  let manager: TestUser;
  let service: TestUser;
  let position = 0;

  const post = (user: TestUser | string, url: string, body: object, key?: string) => {
    const call = request(t.http)
      .post(url)
      .set(bearer(typeof user === 'string' ? user : user.token));
    return (key ? call.set('idempotency-key', key) : call).send(body).on('response', (response: { body?: { position?: number } }) => {
      position = Math.max(position, response.body?.position ?? 0);
    });
  };
  const read = (url: string, user: TestUser | string = t.adminToken) =>
    request(t.http)
      .get(url)
      .set(bearer(typeof user === 'string' ? user : user.token))
      .set('x-min-position', String(position));
  const listedIds = async (query = '', user: TestUser | string = t.adminToken) =>
    ((await read(`/v1/customers?limit=1000${query}`, user).expect(200)).body.items as { id: string }[]).map((c) => c.id);

  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock(NOW), env: { BULK_MAX_CUSTOMERS: '3' } });
    sales = await t.createUser('sales', 'team-1');
    otherSales = await t.createUser('sales', 'team-2');
    manager = await t.createUser('manager', 'team-1');
    service = await t.createUser('service');
    // The rules that tag behind a test's back (high-value, and the behaviour tags recent-order/recent-inquiry) stay out of it.
    for (const rule of ['high-value', 'recent-order', 'recent-inquiry'])
      await request(t.http).put(`/v1/admin/rules/${rule}`).set(bearer(t.adminToken)).send({ enabled: false }).expect(200);
  });

  afterAll(async () => {
    await t.close({ removeData: true });
  });

  describe('archive and restore', () => {
    it('an archived customer leaves lists and analytics, is listed with archived=true, keeps its history, and comes back on restore', async () => {
      const { id } = await t.registerCustomer(sales, { industry: 'education', region: 'XB' });
      await post(sales, `/v1/customers/${id}/orders`, { orderId: 'SO-A1', amount: 500_000, orderedAt: '2024-06-19T00:00:00.000Z' }).expect(201);
      await post(sales, `/v1/customers/${id}/tags`, { tag: 'to-review' }).expect(200);
      const educationCustomers = async () =>
        ((await read('/v1/analytics/industry-distribution').expect(200)).body.items as { industry: string; customers: number }[]).find(
          (i) => i.industry === 'education',
        )?.customers ?? 0;
      const trend = async () => (await read('/v1/analytics/value-trend?granularity=month').expect(200)).body.items as { amount: number }[];
      const tagUsage = async () => ((await read('/v1/analytics/tags').expect(200)).body.items as { tag: string }[]).map((i) => i.tag);
      expect(await educationCustomers()).toBe(1);
      expect(await trend()).toEqual([expect.objectContaining({ amount: 500_000 })]);

      await post(sales, `/v1/customers/${id}/archive`, { reason: 'closed down' }).expect(403);
      await post(manager, `/v1/customers/${id}/archive`, {}).expect(400);
      const archived = await post(manager, `/v1/customers/${id}/archive`, { reason: 'closed down' }).expect(200);
      expect(archived.body).toMatchObject({ id, revision: expect.any(Number) });

      expect(await listedIds()).not.toContain(id);
      expect(await listedIds('&archived=true')).toEqual([id]);
      expect(await listedIds('&archived=true', otherSales)).toEqual([]);
      expect(await educationCustomers()).toBe(0);
      expect(await trend()).toEqual([expect.objectContaining({ amount: 0, orders: 0 })]);
      expect(await tagUsage()).not.toContain('to-review');
      expect((await read(`/v1/customers/${id}`).expect(200)).body).toMatchObject({ id, archivedAt: NOW.toISOString() });
      const types = ((await read(`/v1/customers/${id}/history`).expect(200)).body.items as { type: string }[]).map((e) => e.type);
      expect(types).toEqual(['CustomerRegistered', 'OrderRecorded', 'CustomerTagged', 'CustomerArchived']);

      const refused = await post(sales, `/v1/customers/${id}/follow-ups`, { method: 'phone', content: 'x', result: 'interested' }).expect(409);
      expect(refused.body).toMatchObject({ code: 'customer-archived' });
      await post(manager, `/v1/customers/${id}/archive`, { reason: 'again' }).expect(200);

      await post(manager, `/v1/customers/${id}/restore`, { reason: 'reopened' }).expect(200);
      expect(await listedIds()).toContain(id);
      expect(await listedIds('&archived=true')).toEqual([]);
      expect(await educationCustomers()).toBe(1);
      expect(await trend()).toEqual([expect.objectContaining({ amount: 500_000, orders: 1 })]);
      expect(await tagUsage()).toContain('to-review');
      await post(manager, `/v1/customers/${id}/restore`, { reason: 'twice' }).expect(409);
    });

    it('erasure still works on an archived customer', async () => {
      const { id } = await t.registerCustomer(sales);
      await post(manager, `/v1/customers/${id}/archive`, { reason: 'left' }).expect(200);
      await request(t.http).delete(`/v1/customers/${id}/personal-data`).set(bearer(t.adminToken)).send({ reason: 'PIPL request' }).expect(200);
      position = await t.headPosition();
      expect((await read(`/v1/customers/${id}`).expect(200)).body.name).toBe('[erased]');
    });
  });

  describe('bulk', () => {
    it('tags what it may, reports a customer over the tag limit and one it may not see as not found, and a retry with the key appends nothing', async () => {
      const mine = await t.registerCustomer(sales);
      const full = await t.registerCustomer(sales);
      const tagged = await t.registerCustomer(sales);
      const theirs = await t.registerCustomer(otherSales);
      for (let i = 0; i < 10; i++) await post(sales, `/v1/customers/${full.id}/tags`, { tag: `t-${i}` }).expect(200);
      await post(sales, `/v1/customers/${tagged.id}/tags`, { tag: 'spring-fair' }).expect(200);

      const body = { ids: [mine.id, full.id, theirs.id, tagged.id], action: { type: 'tag', tag: 'spring-fair' } };
      const report = (await post(sales, '/v1/customers/bulk', body, 'bulk-tag-1').expect(200)).body as BulkReport;
      expect(report.succeeded).toEqual([{ id: mine.id, revision: 1 }]);
      expect(report.skipped).toEqual([expect.objectContaining({ id: tagged.id })]);
      expect(report.failed).toEqual([
        { id: full.id, status: 422, code: 'tag-limit-reached', title: expect.any(String), errors: [expect.objectContaining({ field: 'tag' })] },
        { id: theirs.id, status: 404, code: 'not-found', title: expect.any(String), errors: [] },
      ]);

      const head = await t.headPosition();
      const again = await post(sales, '/v1/customers/bulk', body, 'bulk-tag-1').expect(200);
      expect(again.body).toEqual(report);
      expect(await t.headPosition()).toBe(head);
      // Another key finds the work done: no customer event either (only its own stored answer).
      const other = (await post(sales, '/v1/customers/bulk', body, 'bulk-tag-2').expect(200)).body as BulkReport;
      expect(other.succeeded).toEqual([]);
      expect(await t.customerEventsAfter(head)).toBe(0);
    });

    it('acts on a filter within the caller’s scope, and refuses a filter over the cap with 422 naming filter', async () => {
      const region = 'HN';
      const a = await t.registerCustomer(sales, { region });
      const b = await t.registerCustomer(sales, { region });
      await t.registerCustomer(otherSales, { region });
      position = await t.headPosition();
      const report = (
        await post(sales, '/v1/customers/bulk', { filter: { region }, action: { type: 'changeStatus', to: 'qualified', reason: 'fair leads' } }).expect(200)
      ).body as BulkReport;
      expect(report.succeeded.map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
      expect(report.failed).toEqual([]);
      expect(await listedIds(`&region=${region}&status=qualified`)).toHaveLength(2);

      await t.registerCustomer(sales, { region });
      await t.registerCustomer(sales, { region });
      position = await t.headPosition();
      const tooMany = await post(sales, '/v1/customers/bulk', { filter: { region }, action: { type: 'untag', tag: 'x' } }).expect(422);
      expect(tooMany.body).toMatchObject({ code: 'selection-too-large', errors: [expect.objectContaining({ field: 'filter' })] });
      expect(tooMany.body.detail).toContain('at most 3');
    });

    it('needs each action’s permission and valid input', async () => {
      const { id } = await t.registerCustomer(sales);
      const forbidden = await post(sales, '/v1/customers/bulk', { ids: [id], action: { type: 'archive', reason: 'x' } }).expect(403);
      expect(forbidden.body.errors).toEqual([expect.objectContaining({ field: 'action.type' })]);
      await post(service, '/v1/customers/bulk', { ids: [id], action: { type: 'tag', tag: 'x' } }).expect(403);
      const missingTag = await post(sales, '/v1/customers/bulk', { ids: [id], action: { type: 'tag' } }).expect(400);
      expect(JSON.stringify(missingTag.body.errors)).toContain('action.tag');
      await post(sales, '/v1/customers/bulk', { action: { type: 'tag', tag: 'x' } }).expect(400);
      await post(sales, '/v1/customers/bulk', { ids: ['not-a-uuid'], action: { type: 'tag', tag: 'x' } }).expect(400);
      await post(sales, '/v1/customers/bulk', { ids: [id], filter: {}, action: { type: 'tag', tag: 'x' } }).expect(400);
      await post(sales, '/v1/customers/bulk', { ids: [id], action: { type: 'delete' } }).expect(400);
    });

    it('archives and changes owners through the single-customer rules', async () => {
      const one = await t.registerCustomer(sales);
      const two = await t.registerCustomer(sales);
      const teammate = await t.createUser('sales', 'team-1');
      const moved = (await post(manager, '/v1/customers/bulk', { ids: [one.id, two.id], action: { type: 'changeOwner', ownerId: teammate.id } }).expect(200))
        .body as BulkReport;
      expect(moved.succeeded).toHaveLength(2);
      await post(manager, '/v1/customers/bulk', { ids: [one.id], action: { type: 'changeOwner', ownerId: otherSales.id } }).expect(403);
      const archived = (await post(manager, '/v1/customers/bulk', { ids: [one.id, two.id], action: { type: 'archive', reason: 'season over' } }).expect(200))
        .body as BulkReport;
      expect(archived.succeeded).toHaveLength(2);
      expect(await listedIds('&archived=true', teammate)).toEqual(expect.arrayContaining([one.id, two.id]));
    });
  });
});

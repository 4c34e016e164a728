import request from 'supertest';
import { bearer } from './support/bearer.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Saved reports (issue 14 item 4): pivots kept by name as events (stream `report-<id>`), so a
// definition has a history; the creator's, visible to them and to admins.

const byTier = { rows: ['tier'], columns: ['industry'], measures: ['count', 'spend'] };
const byStatus = { rows: ['status'], columns: [], measures: ['count'], filters: { industry: 'retail' } };

describe('saved reports', () => {
  let t: TestApp;
  let sales: TestUser;
  let other: TestUser;
  let analyst: TestUser;
  let position = 0;

  const call = (who: TestUser | string, method: 'get' | 'post' | 'put' | 'delete', url: string, body?: object) => {
    const r = request(t.http)[method](url).set(bearer(who)).set('x-min-position', String(position));
    return body ? r.send(body) : r;
  };
  const track = <T extends { body: { position?: number } }>(response: T): T => {
    position = Math.max(position, response.body.position ?? 0);
    return response;
  };

  beforeAll(async () => {
    t = await startTestApp();
    sales = await t.createUser('sales', 'north');
    other = await t.createUser('sales', 'north');
    analyst = await t.createUser('analyst');
    const { id } = await t.registerCustomer(sales, { industry: 'retail' });
    // 2024: outside the trailing 12 months of today's clock, so the tier is low while the lifetime spend counts.
    position = (
      await call(sales, 'post', `/v1/customers/${id}/orders`, { orderId: 'o1', amount: 2_000_000, currency: 'CNY', orderedAt: '2024-01-01T00:00:00.000Z' })
    ).body.position;
  });
  afterAll(() => t.close({ removeData: true }));

  it('creates, reads, lists, changes, runs and deletes a report, keeping every version in its history', async () => {
    const created = track(await call(sales, 'post', '/v1/reports/saved', { name: ' 客戶等級 × 行業 ', definition: byTier }).expect(201)).body;
    expect(created).toEqual({ id: expect.any(String), revision: 0, position: expect.any(Number) });

    const read = (await call(sales, 'get', `/v1/reports/saved/${created.id}`).expect(200)).body;
    expect(read).toMatchObject({ id: created.id, name: '客戶等級 × 行業', ownerId: sales.id, definition: byTier, revision: 0 });
    expect((await call(sales, 'get', '/v1/reports/saved').expect(200)).body.items.map((r: { id: string }) => r.id)).toEqual([created.id]);

    const run = (await call(sales, 'get', `/v1/reports/saved/${created.id}/run`).expect(200)).body;
    expect(run.cells).toEqual([{ row: { tier: 'low' }, column: { industry: 'retail' }, count: 1, spend: 2_000_000, spendYuan: 20_000 }]);

    await call(sales, 'put', `/v1/reports/saved/${created.id}`, { name: 'By status', definition: byStatus }).set('if-match', '7').expect(412);
    const changed = track(
      await call(sales, 'put', `/v1/reports/saved/${created.id}`, { name: 'By status', definition: byStatus }).set('if-match', '0').expect(200),
    ).body;
    expect(changed.revision).toBe(1);
    const same = (await call(sales, 'put', `/v1/reports/saved/${created.id}`, { name: 'By status', definition: byStatus }).expect(200)).body;
    expect(same.revision).toBe(1);
    expect((await call(sales, 'get', `/v1/reports/saved/${created.id}/run`).expect(200)).body.rowTotals).toEqual([{ row: { status: 'prospect' }, count: 1 }]);

    await call(sales, 'delete', `/v1/reports/saved/${created.id}`).expect(204);
    await call(sales, 'get', `/v1/reports/saved/${created.id}`).expect(404);
    await call(sales, 'get', `/v1/reports/saved/${created.id}/run`).expect(404);
    await call(sales, 'delete', `/v1/reports/saved/${created.id}`).expect(404);
    expect((await call(sales, 'get', '/v1/reports/saved').expect(200)).body.items).toEqual([]);

    const history = (await call(sales, 'get', `/v1/reports/saved/${created.id}/history`).expect(200)).body.items;
    expect(history).toEqual([
      expect.objectContaining({ type: 'ReportSaved', revision: 0, actorId: sales.id, name: '客戶等級 × 行業', definition: byTier }),
      expect.objectContaining({ type: 'ReportChanged', revision: 1, actorId: sales.id, name: 'By status', definition: byStatus }),
      expect.objectContaining({ type: 'ReportDeleted', revision: 2, actorId: sales.id }),
    ]);
  });

  it('is visible to its creator and admins only: others get 404 and do not see it listed', async () => {
    const { id } = track(await call(sales, 'post', '/v1/reports/saved', { name: 'Mine', definition: byTier }).expect(201)).body;
    await call(other, 'get', `/v1/reports/saved/${id}`).expect(404);
    await call(other, 'get', `/v1/reports/saved/${id}/history`).expect(404);
    await call(other, 'put', `/v1/reports/saved/${id}`, { name: 'Stolen', definition: byTier }).expect(404);
    await call(other, 'delete', `/v1/reports/saved/${id}`).expect(404);
    expect((await call(other, 'get', '/v1/reports/saved').expect(200)).body.items).toEqual([]);
    expect((await call(t.adminToken, 'get', '/v1/reports/saved').expect(200)).body.items.map((r: { id: string }) => r.id)).toContain(id);
    await call(t.adminToken, 'get', `/v1/reports/saved/${id}/run`).expect(200);
    // Not shared with the team or with analysts.
    expect((await call(analyst, 'get', `/v1/reports/saved/${id}`)).status).toBe(404);
  });

  it('refuses a bad definition with 400 naming the field, and saves a retried request once', async () => {
    const bad = (await call(sales, 'post', '/v1/reports/saved', { name: 'x', definition: { ...byTier, rows: ['colour'] } }).expect(400)).body;
    expect(bad.errors.map((e: { field: string }) => e.field)).toContain('definition.rows');
    const blank = (await call(sales, 'post', '/v1/reports/saved', { name: '   ', definition: byTier }).expect(400)).body;
    expect(JSON.stringify(blank)).toContain('name');
    await call(sales, 'get', '/v1/reports/saved/not-a-uuid').expect(400);

    const first = track(
      await call(sales, 'post', '/v1/reports/saved', { name: 'Once', definition: byTier }).set('idempotency-key', 'save-once-1').expect(201),
    ).body;
    const again = (await call(sales, 'post', '/v1/reports/saved', { name: 'Once', definition: byTier }).set('idempotency-key', 'save-once-1').expect(201)).body;
    expect(again.id).toBe(first.id);
    const names = (await call(sales, 'get', '/v1/reports/saved').expect(200)).body.items.map((r: { name: string }) => r.name);
    expect(names.filter((n: string) => n === 'Once')).toHaveLength(1);
  });
});

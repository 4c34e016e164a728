import request from 'supertest';
import { ManualClock } from '#shared';
import { bearer } from './support/bearer.js';
import { sagasSettled } from './support/sagas-settled.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Service quality (seeds 001–003: 客服 handles 投訴 and 滿意度): follow-up kinds, resolving a complaint,
// GET /v1/analytics/service, the complaint-open reminder and the behaviour tags, over HTTP.

const NOW = new Date('2024-06-15T10:00:00.000Z');
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

describe('Service quality (e2e)', () => {
  let t: TestApp;
  let clock: ManualClock;
  let sales: TestUser;
  let otherSales: TestUser;
  let service: TestUser;
  let manager: TestUser;
  let customerId: string;
  const complaints: string[] = [];

  const followUp = (id: string, user: TestUser | string, body: Record<string, unknown>) =>
    request(t.http)
      .post(`/v1/customers/${id}/follow-ups`)
      .set(bearer(user))
      .send({ method: 'phone', content: 'call', result: 'needs_follow_up', ...body });

  const serviceReport = async (user: TestUser | string, query = '') => {
    const position = await sagasSettled(t);
    return (await request(t.http).get(`/v1/analytics/service${query}`).set(bearer(user)).set('x-min-position', String(position)).expect(200)).body;
  };

  beforeAll(async () => {
    clock = new ManualClock(NOW);
    t = await startTestApp({ clock, env: { TIME_ZONE: 'Asia/Shanghai' } });
    sales = await t.createUser('sales', 'east');
    manager = await t.createUser('manager', 'east');
    otherSales = await t.createUser('sales');
    service = await t.createUser('service');
    customerId = (await t.registerCustomer(sales)).id;
    // Two complaints in March (Shanghai time: 31 March 17:00 UTC is already 1 April there), one inquiry with a score.
    for (const [at, category] of [
      ['2024-03-10T02:00:00.000Z', 'delivery'],
      ['2024-03-31T17:00:00.000Z', 'product_quality'],
      [ago(10), 'delivery'],
    ] as const) {
      const created = await followUp(customerId, service, { kind: 'complaint', category, at, satisfaction: 2 }).expect(201);
      complaints.push((await followUpIdOf(created.body.position)) as string);
    }
    await followUp(customerId, service, { kind: 'inquiry', at: ago(5), satisfaction: 5 }).expect(201);
    const other = (await t.registerCustomer(otherSales)).id;
    await followUp(other, service, { kind: 'complaint', category: 'billing', at: ago(3) }).expect(201);
  });
  afterAll(() => t.close({ removeData: true }));

  async function followUpIdOf(position: number): Promise<string | undefined> {
    const feed = await request(t.http)
      .get(`/v1/events?after=${position - 1}&limit=1`)
      .set(bearer(t.adminToken))
      .expect(200);
    return feed.body.items[0]?.data.followUpId;
  }

  it('refuses a complaint without a category and a satisfaction outside 1–5, naming the field', async () => {
    const missing = await followUp(customerId, service, { kind: 'complaint' }).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('category');
    const score = await followUp(customerId, service, { kind: 'inquiry', satisfaction: 9 }).expect(400);
    expect(score.body.errors.map((e: { field: string }) => e.field)).toContain('satisfaction');
  });

  it('resolves a complaint once; a second resolve is 409 and a resolve before the complaint is 400', async () => {
    const [first] = complaints;
    await request(t.http)
      .post(`/v1/customers/${customerId}/follow-ups/${first}/resolve`)
      .set(bearer(service))
      .send({ resolution: 'Re-sent the parcel', at: '2024-03-11T02:00:00.000Z' })
      .expect(200);
    const again = await request(t.http)
      .post(`/v1/customers/${customerId}/follow-ups/${first}/resolve`)
      .set(bearer(service))
      .send({ resolution: 'again' })
      .expect(409);
    expect(again.body.code).toBe('already-resolved');
    const early = await request(t.http)
      .post(`/v1/customers/${customerId}/follow-ups/${complaints[1]}/resolve`)
      .set(bearer(service))
      .send({ resolution: 'x', at: '2024-03-01T00:00:00.000Z' })
      .expect(400);
    expect(early.body.errors[0].field).toBe('at');
    const list = await request(t.http).get(`/v1/customers/${customerId}/follow-ups`).set(bearer(sales)).expect(200);
    expect(list.body.items.find((f: { id: string }) => f.id === first)).toMatchObject({
      kind: 'complaint',
      resolution: 'Re-sent the parcel',
      resolvedAt: '2024-03-11T02:00:00.000Z',
    });
  });

  it('reports complaints by category and Shanghai month, time to resolution and satisfaction, scoped to the caller', async () => {
    const all = await serviceReport(t.adminToken);
    expect(all.complaints).toMatchObject({ total: 4, open: 3, resolved: 1 });
    expect(all.complaints.byCategory).toEqual([
      { category: 'product_quality', count: 1, open: 1 },
      { category: 'delivery', count: 2, open: 1 },
      { category: 'billing', count: 1, open: 1 },
    ]);
    expect(all.complaints.byMonth.slice(0, 2)).toEqual([
      { month: '2024-03', count: 1, resolved: 1 },
      { month: '2024-04', count: 1, resolved: 0 },
    ]);
    expect(all.resolution).toEqual({ resolved: 1, averageHours: 24, medianHours: 24, p90Hours: 24 });
    expect(all.satisfaction).toMatchObject({ responses: 4, average: 2.75 });

    const team = await serviceReport(manager);
    expect(team.complaints.total).toBe(3);
    await request(t.http).get('/v1/analytics/service').set(bearer(sales)).expect(403);
    const csv = await request(t.http).get('/v1/analytics/service?format=csv').set(bearer(t.adminToken)).expect(200);
    expect(csv.text.split('\n')[0]).toContain('month,complaints,resolved,satisfactionResponses,satisfactionAverage');
  });

  it('an open complaint raises a reminder to the owner after 7 days, cancelled when it is resolved', async () => {
    await request(t.http).post('/v1/admin/rules/evaluate').set(bearer(t.adminToken)).send({ at: NOW.toISOString() }).expect(200);
    const position = await sagasSettled(t);
    const open = await request(t.http).get('/v1/reminders?status=open').set(bearer(sales)).set('x-min-position', String(position)).expect(200);
    const complaintReminders = open.body.items.filter(
      (r: { ruleId?: string; customerId: string }) => r.ruleId === 'complaint-open' && r.customerId === customerId,
    );
    // The two open complaints of this customer that are older than 7 days (the March one is resolved).
    expect(complaintReminders).toHaveLength(2);
    expect(complaintReminders[0].assigneeId).toBe(sales.id);

    await request(t.http)
      .post(`/v1/customers/${customerId}/follow-ups/${complaints[2]}/resolve`)
      .set(bearer(service))
      .send({ resolution: 'Refunded' })
      .expect(200);
    const after = await sagasSettled(t);
    const cancelled = await request(t.http).get('/v1/reminders?status=cancelled').set(bearer(sales)).set('x-min-position', String(after)).expect(200);
    expect(cancelled.body.items.filter((r: { ruleId?: string }) => r.ruleId === 'complaint-open')).toHaveLength(1);
  });

  it('tags an inquiry within 30 days (近期咨詢過產品) and an order within 30 days (近30天下單)', async () => {
    await request(t.http)
      .post(`/v1/customers/${customerId}/orders`)
      .set(bearer(sales))
      .send({ orderId: 'svc-1', amount: 12_000, orderedAt: ago(2) })
      .expect(201);
    const position = await sagasSettled(t);
    const profile = await request(t.http).get(`/v1/customers/${customerId}`).set(bearer(sales)).set('x-min-position', String(position)).expect(200);
    const tags = (body: { tags: { tag: string }[] }) => body.tags.map((tag) => tag.tag);
    expect(tags(profile.body)).toEqual(expect.arrayContaining(['recent-inquiry', 'recent-order']));

    clock.advance(40 * DAY);
    await request(t.http).post('/v1/admin/rules/evaluate').set(bearer(t.adminToken)).send({}).expect(200);
    const later = await sagasSettled(t);
    const lapsed = await request(t.http).get(`/v1/customers/${customerId}`).set(bearer(sales)).set('x-min-position', String(later)).expect(200);
    expect(tags(lapsed.body)).not.toContain('recent-order');
    expect(tags(lapsed.body)).not.toContain('recent-inquiry');
  });
});

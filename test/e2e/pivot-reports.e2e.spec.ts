import request from 'supertest';
import type { Role } from '#domain';
import { ManualClock } from '#shared';
import { bearer } from './support/bearer.js';
import { customerBody, startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Pivot reports (issue 14 item 4, seed 000: 拖拽字段自定義報表, 行維度客戶等級, 列維度消費額/訂單數) over HTTP.
// Three customers register at 2024-05-31T20:00Z — 2024-06-01 04:00 in Asia/Shanghai, the default zone —
// and one on 2024-07-01, when the pivots are run.

const clock = new ManualClock(new Date('2024-05-31T20:00:00.000Z'));

describe('pivot reports', () => {
  let t: TestApp;
  let salesA: TestUser;
  let salesB: TestUser;
  let valueBlind: TestUser;
  let position = 0;

  const post = async (who: TestUser | string, url: string, body: object) => {
    const response = await request(t.http).post(url).set(bearer(who)).send(body);
    expect([200, 201]).toContain(response.status);
    position = Math.max(position, response.body.position ?? 0);
    return response.body as { id: string };
  };
  const pivot = (who: TestUser | string, body: object, query = '') =>
    request(t.http).post(`/v1/reports/pivot${query}`).set(bearer(who)).set('x-min-position', String(position)).send(body);

  beforeAll(async () => {
    t = await startTestApp({ clock });
    await request(t.http).put('/v1/admin/rules/high-value').set(bearer(t.adminToken)).send({ enabled: false }).expect(200);
    salesA = await t.createUser('sales', 'north');
    salesB = await t.createUser('sales', 'south');
    await request(t.http)
      .post('/v1/roles')
      .set(bearer(t.adminToken))
      .send({
        id: 'value-blind-analyst',
        name: '分析員（不看消費）',
        copyOf: 'analyst',
        fields: { contactInClear: 'own', sensitive: false, hidden: ['value'] },
      })
      .expect(201);
    valueBlind = await t.createUser('value-blind-analyst' as Role);

    const customer = async (owner: TestUser, industry: string, amounts: number[], won = false) => {
      const { id } = await post(owner, '/v1/customers', customerBody({ industry }));
      for (const [i, amount] of amounts.entries()) {
        await post(owner, `/v1/customers/${id}/orders`, { orderId: `o-${id}-${i}`, amount, currency: 'CNY', orderedAt: '2024-05-01T00:00:00.000Z' });
      }
      if (won) await post(owner, `/v1/customers/${id}/status`, { to: 'won', reason: 'signed' });
      await post(owner, `/v1/customers/${id}/tags`, { tag: industry === 'internet' ? 'tech' : 'shop' });
      return id;
    };
    await customer(salesA, 'internet', [8_000_000, 4_000_000], true); // 120,000.00: high
    await customer(salesA, 'retail', [600_000]); // low
    await customer(salesB, 'internet', [5_500_000]); // potential
    clock.set(new Date('2024-07-01T08:00:00.000Z'));
    await customer(salesB, 'internet', [], true); // low, no orders
  });
  afterAll(() => t.close({ removeData: true }));

  it('gives exact cells, row and column totals and a grand total (tier × industry, count, spend, orders, conversion)', async () => {
    const body = (await pivot(t.adminToken, { rows: ['tier'], columns: ['industry'], measures: ['count', 'spend', 'orders', 'conversion'] }).expect(200)).body;
    expect(body).toMatchObject({ rows: ['tier'], columns: ['industry'], timeZone: 'Asia/Shanghai', asOf: '2024-07-01T08:00:00.000Z' });
    expect(body.cells).toEqual([
      { row: { tier: 'high' }, column: { industry: 'internet' }, count: 1, spend: 12_000_000, spendYuan: 120_000, orders: 2, conversion: 1 },
      { row: { tier: 'low' }, column: { industry: 'internet' }, count: 1, spend: 0, spendYuan: 0, orders: 0, conversion: 1 },
      { row: { tier: 'low' }, column: { industry: 'retail' }, count: 1, spend: 600_000, spendYuan: 6_000, orders: 1, conversion: 0 },
      { row: { tier: 'potential' }, column: { industry: 'internet' }, count: 1, spend: 5_500_000, spendYuan: 55_000, orders: 1, conversion: 0 },
    ]);
    expect(body.rowTotals).toEqual([
      { row: { tier: 'high' }, count: 1, spend: 12_000_000, spendYuan: 120_000, orders: 2, conversion: 1 },
      { row: { tier: 'low' }, count: 2, spend: 600_000, spendYuan: 6_000, orders: 1, conversion: 0.5 },
      { row: { tier: 'potential' }, count: 1, spend: 5_500_000, spendYuan: 55_000, orders: 1, conversion: 0 },
    ]);
    expect(body.columnTotals).toEqual([
      { column: { industry: 'internet' }, count: 3, spend: 17_500_000, spendYuan: 175_000, orders: 3, conversion: 0.6667 },
      { column: { industry: 'retail' }, count: 1, spend: 600_000, spendYuan: 6_000, orders: 1, conversion: 0 },
    ]);
    expect(body.total).toEqual({ count: 4, spend: 18_100_000, spendYuan: 181_000, orders: 4, conversion: 0.5 });
  });

  it('groups months of registration in the deployment zone, filters like the list and limits the period', async () => {
    const months = (await pivot(t.adminToken, { rows: ['month'], columns: [], measures: ['count'] }).expect(200)).body;
    // 2024-05-31T20:00Z is June in Shanghai.
    expect(months.rowTotals).toEqual([
      { row: { month: '2024-06' }, count: 3 },
      { row: { month: '2024-07' }, count: 1 },
    ]);
    const quarters = (await pivot(t.adminToken, { rows: ['quarter'], columns: ['status'], measures: ['count'], filters: { industry: 'internet' } }).expect(200))
      .body;
    expect(quarters.cells).toEqual([
      { row: { quarter: '2024-Q2' }, column: { status: 'prospect' }, count: 1 },
      { row: { quarter: '2024-Q2' }, column: { status: 'won' }, count: 1 },
      { row: { quarter: '2024-Q3' }, column: { status: 'won' }, count: 1 },
    ]);
    const june = (
      await pivot(t.adminToken, {
        rows: ['industry'],
        columns: [],
        measures: ['count'],
        period: { from: '2024-05-31T00:00:00Z', to: '2024-06-30T00:00:00Z' },
      }).expect(200)
    ).body;
    expect(june.total).toEqual({ count: 3 });
  });

  it('counts a customer under each of its tags, with totals that count it once', async () => {
    const body = (await pivot(t.adminToken, { rows: ['tag'], columns: ['owner'], measures: ['count'] }).expect(200)).body;
    expect(body.rowTotals).toEqual([
      { row: { tag: 'shop' }, count: 1 },
      { row: { tag: 'tech' }, count: 3 },
    ]);
    expect(body.total).toEqual({ count: 4 });
  });

  it('counts only the customers a sales rep owns', async () => {
    const body = (await pivot(salesA, { rows: ['industry'], columns: [], measures: ['count', 'spend'] }).expect(200)).body;
    expect(body.rowTotals).toEqual([
      { row: { industry: 'internet' }, count: 1, spend: 12_000_000, spendYuan: 120_000 },
      { row: { industry: 'retail' }, count: 1, spend: 600_000, spendYuan: 6_000 },
    ]);
    const asked = (await pivot(salesA, { rows: ['owner'], columns: [], measures: ['count'], filters: { ownerId: salesB.id } }).expect(200)).body;
    expect(asked.total).toEqual({ count: 0 });
  });

  it('refuses spend and tier to a role that hides value, and keeps counting for it', async () => {
    const spend = await pivot(valueBlind, { rows: ['industry'], columns: [], measures: ['spend'] }).expect(403);
    expect(spend.body.detail).toMatch(/value/);
    await pivot(valueBlind, { rows: ['tier'], columns: [], measures: ['count'] }).expect(403);
    expect((await pivot(valueBlind, { rows: ['industry'], columns: [], measures: ['count'] }).expect(200)).body.total).toEqual({ count: 4 });
  });

  it('answers 400 naming the field for an unknown dimension or measure, a reused dimension, unknown fields', async () => {
    const fieldsOf = async (body: object) => ((await pivot(t.adminToken, body).expect(400)).body.errors as { field: string }[]).map((e) => e.field);
    expect(await fieldsOf({ rows: ['colour'], columns: [], measures: ['count'] })).toContain('rows');
    expect(await fieldsOf({ rows: ['tier'], columns: ['industry'], measures: ['profit'] })).toContain('measures');
    expect(await fieldsOf({ rows: ['tier'], columns: [], measures: ['count'], filters: { planet: 'mars' } })).toContain('filters.planet');
    expect(await fieldsOf({ rows: ['tier'], columns: [], measures: ['count'], period: { from: 'yesterday' } })).toContain('period.from');
    const reused = (await pivot(t.adminToken, { rows: ['tier'], columns: ['tier'], measures: ['count'] }).expect(400)).body;
    expect(JSON.stringify(reused)).toContain('columns');
  });

  it('exports CSV with the totals, for a role that may export', async () => {
    const csv = await pivot(t.adminToken, { rows: ['tier'], columns: ['industry'], measures: ['count'] }, '?format=csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe('tier,industry,count');
    expect(lines).toContain('high,internet,1');
    expect(lines).toContain('low,total,2');
    expect(lines).toContain('total,internet,3');
    expect(lines[lines.length - 1]).toBe('total,total,4');
    await pivot(salesA, { rows: ['tier'], columns: [], measures: ['count'] }, '?format=csv').expect(403);
  });
});

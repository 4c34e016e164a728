import request from 'supertest';
import { bearer } from './support/bearer.js';
import { sagasSettled } from './support/sagas-settled.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// The tag library (seed 000: 基本信息/行為/價值/偏好, 每季度復盤, 刪除無效標籤) over HTTP: describing tags as
// events with history, tags used before they were described, rule tags, usage by category, retiring.

interface LibraryItem {
  tag: string;
  category: string;
  origin: string;
  customers: number;
  description?: string;
  retiredAt?: string;
}

describe('Tag library (e2e)', () => {
  let t: TestApp;
  let sales: TestUser;
  let customers: string[];

  const library = async (
    user: TestUser | string = t.adminToken,
  ): Promise<{ items: LibraryItem[]; byCategory: { category: string; tags: number; customers: number }[] }> => {
    const position = await sagasSettled(t);
    return (await request(t.http).get('/v1/tags').set(bearer(user)).set('x-min-position', String(position)).expect(200)).body;
  };
  const tag = (id: string, name: string) => request(t.http).post(`/v1/customers/${id}/tags`).set(bearer(sales)).send({ tag: name });

  beforeAll(async () => {
    t = await startTestApp();
    sales = await t.createUser('sales');
    customers = [(await t.registerCustomer(sales)).id, (await t.registerCustomer(sales)).id, (await t.registerCustomer(sales)).id];
    for (const id of customers) await tag(id, '展會2023').expect(200);
    await tag(customers[0], '華北重點').expect(200);
  });
  afterAll(() => t.close({ removeData: true }));

  it('lists a tag used before anyone described it as uncategorised, and the rule tags in their category', async () => {
    const { items } = await library();
    expect(items.find((i) => i.tag === '展會2023')).toMatchObject({ category: 'uncategorised', origin: 'usage', customers: 3 });
    expect(items.find((i) => i.tag === 'high-value')).toMatchObject({ category: 'value', origin: 'rule', customers: 0 });
    expect(items.find((i) => i.tag === 'recent-order')).toMatchObject({ category: 'behaviour', origin: 'rule' });
  });

  it('describes a tag and changes it, each version in its history; bad input names the field', async () => {
    await request(t.http).post('/v1/tags').set(bearer(t.adminToken)).send({ tag: '華北重點', category: 'basic', description: '華北區' }).expect(201);
    await request(t.http)
      .put(`/v1/tags/${encodeURIComponent('華北重點')}`)
      .set(bearer(t.adminToken))
      .send({ category: 'value', description: '華北區重點客戶' })
      .expect(200);
    const bad = await request(t.http).post('/v1/tags').set(bearer(t.adminToken)).send({ tag: 'x', category: 'colour' }).expect(400);
    expect(bad.body.errors[0].field).toBe('category');
    await request(t.http).post('/v1/tags').set(bearer(sales)).send({ tag: 'mine', category: 'basic' }).expect(403);

    expect((await library()).items.find((i) => i.tag === '華北重點')).toMatchObject({
      category: 'value',
      description: '華北區重點客戶',
      origin: 'library',
      customers: 1,
    });
    const history = await request(t.http)
      .get(`/v1/tags/${encodeURIComponent('華北重點')}/history`)
      .set(bearer(t.adminToken))
      .expect(200);
    expect(history.body.items.map((e: { type: string; data: { category: string } }) => `${e.type}:${e.data.category}`)).toEqual([
      'TagDescribed:basic',
      'TagDescribed:value',
    ]);

    const usage = await request(t.http).get('/v1/analytics/tags').set(bearer(t.adminToken)).expect(200);
    expect(usage.body.items).toEqual(
      expect.arrayContaining([
        { tag: '華北重點', category: 'value', customers: 1 },
        { tag: '展會2023', category: 'uncategorised', customers: 3 },
      ]),
    );
    expect(usage.body.byCategory).toEqual(expect.arrayContaining([{ category: 'uncategorised', tags: 1, customers: 3 }]));
  });

  it('retires a tag: removed from every customer through events, never set again, and a retry repeats nothing', async () => {
    const retire = () =>
      request(t.http)
        .post(`/v1/tags/${encodeURIComponent('展會2023')}/retire`)
        .set(bearer(t.adminToken))
        .send({ reason: '渠道已停止使用' });
    const report = (await retire().expect(200)).body;
    expect(report.untagged.map((u: { customerId: string }) => u.customerId).sort()).toEqual([...customers].sort());
    expect(report).toMatchObject({ failed: [], remaining: 0 });
    expect((await retire().expect(200)).body.untagged).toEqual([]);

    const refused = await tag(customers[1], '展會2023').expect(422);
    expect(refused.body).toMatchObject({ code: 'tag-retired' });
    expect((await library()).items.find((i) => i.tag === '展會2023')).toMatchObject({ customers: 0, retiredAt: report.retiredAt });

    const position = await sagasSettled(t);
    const history = await request(t.http)
      .get(`/v1/customers/${customers[0]}/history?limit=100`)
      .set(bearer(t.adminToken))
      .set('x-min-position', String(position))
      .expect(200);
    expect(history.body.items.filter((e: { type: string }) => e.type === 'CustomerUntagged')).toHaveLength(1);
  });
});

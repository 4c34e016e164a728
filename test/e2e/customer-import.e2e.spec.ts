import request from 'supertest';
import { bearer } from './support/bearer.js';
import { customerBody, startTestApp, type TestApp, type TestUser } from './support/test-app.js';

describe('POST /v1/customers/import', () => {
  let t: TestApp;
  let sales: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    sales = await t.createUser('sales');
  });
  afterAll(() => t.close({ removeData: true }));

  it('registers the valid rows of a JSON array and reports each bad row with its fields', async () => {
    const rows = [customerBody(), customerBody({ region: 'lowercase', contact: {} }), customerBody({ industry: 'mining' }), customerBody()];
    const res = await request(t.http).post('/v1/customers/import').set(bearer(sales)).send(rows).expect(200);
    expect(res.body.created.map((c: { row: number }) => c.row)).toEqual([1, 4]);
    expect(res.body.rejected).toEqual([
      { row: 2, errors: expect.arrayContaining([expect.objectContaining({ field: 'region' }), expect.objectContaining({ field: 'contact.phone' })]) },
      { row: 3, errors: [expect.objectContaining({ field: 'industry' })] },
    ]);
    const created = await request(t.http)
      .get(`/v1/customers/${res.body.created[1].id}`)
      .set(bearer(sales))
      .set('x-min-position', String(await t.headPosition()))
      .expect(200);
    expect(created.body.name).toBe(rows[3].name);
  });

  it('reads CSV with dotted columns for the contact, and a re-sent file with the same key registers nobody twice', async () => {
    const csv = [
      'name,type,contact.name,contact.phone,contact.email,industry,region,source,size',
      'Huabei Logistics,enterprise,Li Si,13900001111,,logistics,HB,exhibition,large',
      'Wang Wu,individual,,,wang.wu@example.com,retail,HD,referral,',
      'Broken Row,enterprise,,,,finance,HB,online,',
    ].join('\n');
    const send = () =>
      request(t.http).post('/v1/customers/import').set(bearer(sales)).set('idempotency-key', 'import-1').set('content-type', 'text/csv').send(csv);
    const first = await send().expect(200);
    expect(first.body.created).toHaveLength(2);
    expect(first.body.rejected).toEqual([{ row: 3, errors: [expect.objectContaining({ field: 'contact' })] }]);
    const head = await t.headPosition();
    const again = await send().expect(200);
    expect(again.body).toEqual(first.body);
    expect(await t.headPosition()).toBe(head);
  });

  it('applies the ownership rules of a registration to every row', async () => {
    // A manager registers within the team only (issue 11, hole 11): the owners are teammates.
    const manager = await t.createUser('manager', 'imports');
    const teammate = await t.createUser('sales', 'imports');
    const analyst = await t.createUser('analyst', 'imports');
    const rows = [customerBody({ ownerId: teammate.id }), customerBody({ ownerId: analyst.id })];
    const res = await request(t.http).post('/v1/customers/import').set(bearer(manager)).send(rows).expect(200);
    expect(res.body.created.map((c: { row: number }) => c.row)).toEqual([1]);
    expect(res.body.rejected).toEqual([{ row: 2, errors: [expect.objectContaining({ field: 'ownerId' })] }]);
    await request(t.http)
      .post('/v1/customers/import')
      .set(bearer(sales))
      .send([customerBody({ ownerId: manager.id })])
      .expect(403);
    await request(t.http)
      .post('/v1/customers/import')
      .set(bearer(manager))
      .send([customerBody({ ownerId: sales.id })])
      .expect(403);
  });

  it('refuses a body that is neither an array nor CSV', async () => {
    const res = await request(t.http).post('/v1/customers/import').set(bearer(sales)).send({ name: 'not an array' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });
});

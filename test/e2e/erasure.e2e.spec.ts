import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { bearer } from './support/bearer.js';
import { customerBody, startTestApp, type TestApp, type TestUser } from './support/test-app.js';

describe('erasure of personal data (crypto-shredding)', () => {
  let t: TestApp;
  let sales: TestUser;
  let auditor: TestUser;
  const phone = '13855556666';

  beforeAll(async () => {
    t = await startTestApp();
    sales = await t.createUser('sales');
    auditor = await t.createUser('auditor');
  });
  afterAll(() => t.close({ removeData: true }));

  it('keeps personal data encrypted at rest', async () => {
    await request(t.http)
      .post('/v1/customers')
      .set(bearer(sales.token))
      .send(customerBody({ contact: { phone: '13811112222' } }))
      .expect(201);
    expect(readFileSync(join(t.dataDir, 'events.db')).includes('13811112222')).toBe(false);
  });

  it('makes name and contact read as [erased] everywhere, while the history stays verifiable', async () => {
    const body = customerBody({ name: 'Zhao Liu', type: 'individual', size: undefined, contact: { name: 'Zhao Liu', phone, email: 'zhao@example.com' } });
    const { id } = (await request(t.http).post('/v1/customers').set(bearer(sales.token)).send(body).expect(201)).body;
    await request(t.http)
      .post(`/v1/customers/${id}/follow-ups`)
      .set(bearer(sales.token))
      .send({ method: 'phone', content: 'first call', result: 'interested' })
      .expect(201);

    await request(t.http).delete(`/v1/customers/${id}/personal-data`).set(bearer(sales.token)).send({ reason: 'request' }).expect(403);
    const erased = await request(t.http).delete(`/v1/customers/${id}/personal-data`).set(bearer(t.adminToken)).send({ reason: 'PIPL request #7' }).expect(200);
    const again = await request(t.http).delete(`/v1/customers/${id}/personal-data`).set(bearer(t.adminToken)).send({ reason: 'PIPL request #7' }).expect(200);
    expect(again.body.revision).toBe(erased.body.revision);

    const minPosition = String(await t.headPosition());
    const profile = await request(t.http).get(`/v1/customers/${id}`).set(bearer(t.adminToken)).set('x-min-position', minPosition).expect(200);
    expect(profile.body).toMatchObject({ name: '[erased]', contact: { name: '[erased]', phone: '[erased]', email: '[erased]' } });

    const history = await request(t.http).get(`/v1/customers/${id}/history`).set(bearer(auditor.token)).expect(200);
    expect(history.body.items[0].data).toMatchObject({ name: '[erased]', contact: { phone: '[erased]' } });
    expect(history.body.items.map((item: { type: string }) => item.type)).toContain('CustomerPersonalDataErased');
    const asOf = await request(t.http).get(`/v1/customers/${id}/as-of`).query({ revision: 0 }).set(bearer(t.adminToken)).expect(200);
    expect(JSON.stringify(asOf.body)).not.toContain(phone);
    expect((await request(t.http).get(`/v1/customers/${id}/verify`).set(bearer(auditor.token)).expect(200)).body).toMatchObject({ valid: true });

    const feed = await request(t.http).get('/v1/events').query({ types: 'CustomerRegistered', limit: 1000 }).set(bearer(t.adminToken)).expect(200);
    const registered = feed.body.items.find((item: { customerId: string }) => item.customerId === id);
    expect(registered.data.name).toBe('[erased]');
    expect(JSON.stringify(feed.body)).not.toContain(phone);
  });

  it('refuses new personal data for an erased customer, naming the field', async () => {
    const { id } = await t.registerCustomer(sales);
    await request(t.http).delete(`/v1/customers/${id}/personal-data`).set(bearer(t.adminToken)).send({ reason: 'request' }).expect(200);
    const refused = await request(t.http)
      .patch(`/v1/customers/${id}`)
      .set(bearer(t.adminToken))
      .send({ contact: { phone: '13900000000' } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'contact' })]);
    await request(t.http).patch(`/v1/customers/${id}`).set(bearer(t.adminToken)).send({ notes: 'account closed' }).expect(200);
  });

  it('frees the erased name and contact: the same person can be registered again without a duplicate warning', async () => {
    const person = customerBody({ name: 'Qian Qi', contact: { phone: '13733334444' } });
    const { id } = (await request(t.http).post('/v1/customers').set(bearer(sales.token)).send(person).expect(201)).body;
    await request(t.http).post('/v1/customers').set(bearer(sales.token)).send(person).expect(409);
    await request(t.http).delete(`/v1/customers/${id}/personal-data`).set(bearer(t.adminToken)).send({ reason: 'request' }).expect(200);
    await request(t.http).post('/v1/customers').set(bearer(sales.token)).send(person).expect(201);
  });
});

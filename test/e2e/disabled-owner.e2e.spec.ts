import request from 'supertest';
import { bearer } from './support/bearer.js';
import { customerBody, startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// A disabled user cannot be given customers: register, import and change-owner answer 400 naming ownerId.

describe('a disabled user as a customer owner', () => {
  let t: TestApp;
  let disabled: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    disabled = await t.createUser('sales', 'north');
    await request(t.http).patch(`/v1/users/${disabled.id}`).set(bearer(t.adminToken)).send({ disabled: true }).expect(200);
  });
  afterAll(() => t.close({ removeData: true }));

  const refusesOwnerId = (body: { errors?: { field: string }[] }) => expect(body.errors).toEqual([expect.objectContaining({ field: 'ownerId' })]);

  it('is refused on register', async () => {
    const res = await request(t.http)
      .post('/v1/customers')
      .set(bearer(t.adminToken))
      .send(customerBody({ ownerId: disabled.id }))
      .expect(400);
    refusesOwnerId(res.body);
  });

  it('is refused on import, row by row', async () => {
    const res = await request(t.http)
      .post('/v1/customers/import')
      .set(bearer(t.adminToken))
      .send([customerBody(), customerBody({ ownerId: disabled.id })])
      .expect(200);
    expect(res.body.created.map((c: { row: number }) => c.row)).toEqual([1]);
    expect(res.body.rejected).toEqual([{ row: 2, errors: [expect.objectContaining({ field: 'ownerId' })] }]);
  });

  it('is refused on change-owner; the owner stays', async () => {
    const { id } = await t.registerCustomer({ token: t.adminToken });
    const res = await request(t.http).post(`/v1/customers/${id}/owner`).set(bearer(t.adminToken)).send({ ownerId: disabled.id }).expect(400);
    refusesOwnerId(res.body);
    const customer = await request(t.http).get(`/v1/customers/${id}`).set(bearer(t.adminToken)).expect(200);
    expect(customer.body.ownerId).not.toBe(disabled.id);
  });
});

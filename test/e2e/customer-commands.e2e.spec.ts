import request from 'supertest';
import { bearer } from './support/bearer.js';
import { customerBody, startTestApp, type TestApp, type TestUser } from './support/test-app.js';

describe('customer commands over HTTP', () => {
  let t: TestApp;
  let sales: TestUser;
  let otherSales: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    sales = await t.createUser('sales', 'north');
    otherSales = await t.createUser('sales', 'south');
  });
  afterAll(() => t.close({ removeData: true }));

  const postCustomer = (body: object) => request(t.http).post('/v1/customers').set(bearer(sales)).send(body);
  // Reads come from the projections: wait until they have caught up with everything written so far.
  const get = async (user: TestUser, id: string) =>
    request(t.http)
      .get(`/v1/customers/${id}`)
      .set(bearer(user))
      .set('x-min-position', String(await t.headPosition()));

  describe('registration', () => {
    it('answers {id, revision, position} and generates a code <REGION>-<INDUSTRY>-<YYYY>-<NNN>', async () => {
      const created = await t.registerCustomer(sales, { region: 'HD', industry: 'retail' });
      expect(created).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), revision: 0, position: expect.any(Number) });
      const customer = (await get(sales, created.id)).body;
      expect(customer.code).toMatch(new RegExp(`^HD-RT-${new Date().getUTCFullYear()}-\\d{3}$`));
      expect(customer.status).toBe('prospect');
      expect(customer.ownerId).toBe(sales.id);
    });

    it('numbers generated codes of one prefix 001, 002, … without repeats, even concurrently', async () => {
      const results = await Promise.all(Array.from({ length: 5 }, () => t.registerCustomer(sales, { region: 'XN', industry: 'finance' })));
      const codes = await Promise.all(results.map(async (r) => (await get(sales, r.id)).body.code as string));
      expect(new Set(codes).size).toBe(5);
      expect(codes.map((c) => c.slice(-3)).sort()).toEqual(['001', '002', '003', '004', '005']);
    });

    it('accepts a given code once; the second use is 409 code-taken', async () => {
      await t.registerCustomer(sales, { code: 'HB-IT-2023-777' });
      const res = await postCustomer(customerBody({ code: 'HB-IT-2023-777' }));
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('code-taken');
    });

    it('refuses a suspected duplicate (same name and phone) with 409 unless allowDuplicate', async () => {
      const first = customerBody({ name: 'Duplicate Test Co' });
      await postCustomer(first).expect(201);
      const again = { ...customerBody({ name: 'Duplicate Test Co' }), contact: { phone: (first.contact as { phone: string }).phone } };
      const refused = await postCustomer(again);
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('duplicate-suspected');
      await postCustomer({ ...again, allowDuplicate: true }).expect(201);
    });

    it('follows profile changes: the old name and phone become free, the new ones are taken', async () => {
      const original = customerBody({ name: 'Moving Co', contact: { phone: '13700000001' } });
      const { id } = await t.registerCustomer(sales, original);
      await request(t.http)
        .patch(`/v1/customers/${id}`)
        .set(bearer(sales))
        .send({ contact: { phone: '13700000002' } })
        .expect(200);
      await postCustomer(customerBody({ name: 'Moving Co', contact: { phone: '13700000001' } })).expect(201);
      const taken = await postCustomer(customerBody({ name: 'Moving Co', contact: { phone: '13700000002' } }));
      expect(taken.status).toBe(409);
      expect(taken.body.code).toBe('duplicate-suspected');
    });
  });

  describe('bad input', () => {
    it('names every invalid field in an RFC 7807 problem', async () => {
      const res = await postCustomer(customerBody({ name: '', type: 'alien', region: 'hb', contact: { phone: '12345' }, source: 'tv' }));
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const fields = (res.body.errors as { field: string }[]).map((e) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['name', 'type', 'region', 'contact.phone', 'source']));
    });

    it('refuses unknown fields', async () => {
      const res = await postCustomer(customerBody({ favouriteColour: 'red' }));
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'favouriteColour' })]);
    });

    it('requires a phone or an email', async () => {
      const res = await postCustomer(customerBody({ contact: { name: 'Nobody' } }));
      expect(res.status).toBe(400);
      expect((res.body.errors as { field: string }[]).map((e) => e.field)).toEqual(expect.arrayContaining(['contact.phone', 'contact.email']));
    });

    it('refuses an industry outside the configured list, naming the field', async () => {
      const res = await postCustomer(customerBody({ industry: 'mining' }));
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'industry' })]);
    });

    it('refuses a follow-up in the future and nextFollowUpAt before at', async () => {
      const { id } = await t.registerCustomer(sales);
      const future = await request(t.http)
        .post(`/v1/customers/${id}/follow-ups`)
        .set(bearer(sales))
        .send({ method: 'phone', content: 'x', result: 'interested', at: new Date(Date.now() + 3_600_000).toISOString() });
      expect(future.status).toBe(400);
      expect(future.body.errors).toEqual([expect.objectContaining({ field: 'at' })]);
      const backwards = await request(t.http)
        .post(`/v1/customers/${id}/follow-ups`)
        .set(bearer(sales))
        .send({ method: 'phone', content: 'x', result: 'interested', at: '2024-05-02T10:00:00Z', nextFollowUpAt: '2024-05-01T10:00:00Z' });
      expect(backwards.status).toBe(400);
      expect(backwards.body.errors).toEqual([expect.objectContaining({ field: 'nextFollowUpAt' })]);
      expect((await get(sales, id)).body.revision).toBe(0);
    });

    it('answers malformed JSON with a problem, and a non-UUID id with 400', async () => {
      const malformed = await request(t.http).post('/v1/customers').set(bearer(sales)).set('content-type', 'application/json').send('{"name":');
      expect(malformed.status).toBe(400);
      expect(malformed.headers['content-type']).toMatch(/^application\/problem\+json/);
      await request(t.http).get('/v1/customers/not-a-uuid').set(bearer(sales)).expect(400);
    });
  });

  describe('profile updates', () => {
    it('applies with the current revision and answers 412 for a stale If-Match', async () => {
      const { id } = await t.registerCustomer(sales);
      const updated = await request(t.http).patch(`/v1/customers/${id}`).set(bearer(sales)).set('if-match', '0').send({ notes: 'prefers email' });
      expect(updated.status).toBe(200);
      expect(updated.body.revision).toBe(1);
      const stale = await request(t.http).patch(`/v1/customers/${id}`).set(bearer(sales)).set('if-match', '0').send({ notes: 'again' });
      expect(stale.status).toBe(412);
      expect(stale.body.code).toBe('precondition-failed');
      expect((await get(sales, id)).body.notes).toBe('prefers email');
    });
  });

  describe('status lifecycle', () => {
    it('moves prospect → qualified → won and refuses won → prospect with 422', async () => {
      const { id } = await t.registerCustomer(sales);
      await request(t.http).post(`/v1/customers/${id}/status`).set(bearer(sales)).send({ to: 'qualified', reason: 'budget confirmed' }).expect(200);
      await request(t.http).post(`/v1/customers/${id}/status`).set(bearer(sales)).send({ to: 'won', reason: 'signed' }).expect(200);
      const refused = await request(t.http).post(`/v1/customers/${id}/status`).set(bearer(sales)).send({ to: 'prospect', reason: 'oops' });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('invalid-status-transition');
      expect((await get(sales, id)).body.status).toBe('won');
    });

    it('requires a reason', async () => {
      const { id } = await t.registerCustomer(sales);
      const res = await request(t.http).post(`/v1/customers/${id}/status`).set(bearer(sales)).send({ to: 'qualified' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'reason' })]));
    });
  });

  describe('orders and tags', () => {
    it('records the same orderId once', async () => {
      const { id } = await t.registerCustomer(sales);
      const order = { orderId: 'SO-1', amount: 1250000, orderedAt: '2024-06-01T08:00:00Z' };
      const first = await request(t.http).post(`/v1/customers/${id}/orders`).set(bearer(sales)).send(order).expect(201);
      const second = await request(t.http).post(`/v1/customers/${id}/orders`).set(bearer(sales)).send(order).expect(201);
      expect(second.body.revision).toBe(first.body.revision);
      expect((await get(sales, id)).body.value.orderCount).toBe(1);
    });

    it('caps tags at 10 with 422 and untags', async () => {
      const { id } = await t.registerCustomer(sales);
      for (let i = 1; i <= 10; i++) {
        await request(t.http)
          .post(`/v1/customers/${id}/tags`)
          .set(bearer(sales))
          .send({ tag: `tag-${i}` })
          .expect(200);
      }
      const eleventh = await request(t.http).post(`/v1/customers/${id}/tags`).set(bearer(sales)).send({ tag: 'one-too-many' });
      expect(eleventh.status).toBe(422);
      expect(eleventh.body.code).toBe('tag-limit-reached');
      await request(t.http).delete(`/v1/customers/${id}/tags/tag-3`).set(bearer(sales)).expect(200);
      const tags = (await get(sales, id)).body.tags.map((x: { tag: string }) => x.tag);
      expect(tags).toHaveLength(9);
      expect(tags).not.toContain('tag-3');
      await request(t.http).delete(`/v1/customers/${id}/tags/tag-3`).set(bearer(sales)).expect(404);
    });
  });

  describe('record-level access', () => {
    it("answers 404 to a sales rep for another rep's customer, for reads and writes", async () => {
      const { id } = await t.registerCustomer(sales);
      expect((await get(otherSales, id)).status).toBe(404);
      const write = await request(t.http)
        .post(`/v1/customers/${id}/follow-ups`)
        .set(bearer(otherSales))
        .send({ method: 'phone', content: 'hi', result: 'interested' });
      expect(write.status).toBe(404);
      expect((await get(sales, id)).body.revision).toBe(0);
    });

    it('lets only managers and admins change the owner; a manager sees the team', async () => {
      // A manager moves customers within the team only (issue 11, hole 11): the new owner is a teammate.
      const manager = await t.createUser('manager', 'north');
      const teammate = await t.createUser('sales', 'north');
      const { id } = await t.registerCustomer(sales);
      await request(t.http).post(`/v1/customers/${id}/owner`).set(bearer(sales)).send({ ownerId: teammate.id }).expect(403);
      expect((await get(manager, id)).status).toBe(200);
      await request(t.http).post(`/v1/customers/${id}/owner`).set(bearer(manager)).send({ ownerId: teammate.id }).expect(200);
      expect((await get(sales, id)).status).toBe(404);
      expect((await get(teammate, id)).body.ownerId).toBe(teammate.id);
    });

    it('shows sensitive fields to admins only', async () => {
      const { id } = await t.registerCustomer(sales, { sensitive: { idNumber: '110101199003077777' } });
      expect((await get({ token: t.adminToken } as TestUser, id)).body.sensitive).toEqual({ idNumber: '110101199003077777' });
      expect((await get(sales, id)).body).not.toHaveProperty('sensitive');
    });

    it('masks phone and email for a service agent, shows them to the owner', async () => {
      const service = await t.createUser('service');
      const { id } = await t.registerCustomer(sales, { contact: { phone: '13812345678', email: 'zhang@example.com' } });
      expect((await get(service, id)).body.contact).toMatchObject({ phone: '138****5678', email: 'z***@example.com' });
      expect((await get(sales, id)).body.contact).toMatchObject({ phone: '13812345678', email: 'zhang@example.com' });
    });

    it('refuses requests without a valid token (401) and roles without the right (403)', async () => {
      await request(t.http).post('/v1/customers').send(customerBody()).expect(401);
      await request(t.http).post('/v1/customers').set(bearer('nonsense')).send(customerBody()).expect(401);
      const analyst = await t.createUser('analyst');
      await request(t.http).post('/v1/customers').set(bearer(analyst)).send(customerBody()).expect(403);
    });
  });

  describe('retries and concurrency', () => {
    it('makes a retried POST with the same Idempotency-Key append nothing new', async () => {
      const body = customerBody();
      const first = await request(t.http).post('/v1/customers').set(bearer(sales)).set('idempotency-key', 'reg-1').send(body).expect(201);
      const retry = await request(t.http).post('/v1/customers').set(bearer(sales)).set('idempotency-key', 'reg-1').send(body).expect(201);
      expect(retry.body).toEqual(first.body);
      const followUp = { method: 'visit', content: 'met at booth', result: 'interested' };
      const f1 = await request(t.http)
        .post(`/v1/customers/${first.body.id}/follow-ups`)
        .set(bearer(sales))
        .set('idempotency-key', 'fu-1')
        .send(followUp)
        .expect(201);
      const f2 = await request(t.http)
        .post(`/v1/customers/${first.body.id}/follow-ups`)
        .set(bearer(sales))
        .set('idempotency-key', 'fu-1')
        .send(followUp)
        .expect(201);
      expect(f2.body).toEqual(f1.body);
      expect((await get(sales, first.body.id)).body).toMatchObject({ revision: 1, followUpCount: 1 });
    });

    it('refuses the same Idempotency-Key with a different body', async () => {
      await request(t.http).post('/v1/customers').set(bearer(sales)).set('idempotency-key', 'reg-2').send(customerBody()).expect(201);
      const res = await request(t.http).post('/v1/customers').set(bearer(sales)).set('idempotency-key', 'reg-2').send(customerBody());
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('idempotency-key-reused');
    });

    it('lands all of 20 concurrent follow-ups on one customer', async () => {
      const { id } = await t.registerCustomer(sales);
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          request(t.http)
            .post(`/v1/customers/${id}/follow-ups`)
            .set(bearer(sales))
            .send({ method: 'phone', content: `call ${i}`, result: 'needs_follow_up' }),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
      expect(new Set(responses.map((r) => r.body.revision)).size).toBe(20);
      expect((await get(sales, id)).body).toMatchObject({ revision: 20, followUpCount: 20 });
    });
  });
});

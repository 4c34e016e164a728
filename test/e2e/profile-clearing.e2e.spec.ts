import request from 'supertest';
import { CUSTOMER_PROFILES, customerProfilesProjection, readModelDigest } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { bearer } from './support/bearer.js';
import { rebuildsFinished } from './support/rebuilds-finished.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Issue 11, hole 8: null on an optional profile field clears it; on a required one it is a 400 naming the field.

describe('PATCH /v1/customers/:id with null', () => {
  let t: TestApp;
  let sales: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    sales = await t.createUser('sales', 'north');
  });
  afterAll(() => t.close({ removeData: true }));

  const patch = (id: string, body: Record<string, unknown>) => request(t.http).patch(`/v1/customers/${id}`).set(bearer(sales.token)).send(body);
  const read = async (id: string, path = '') =>
    (
      await request(t.http)
        .get(`/v1/customers/${id}${path}`)
        .set(bearer(t.adminToken))
        .set('x-min-position', String(await t.headPosition()))
        .expect(200)
    ).body as Record<string, unknown> & { contact: Record<string, unknown> };

  it('clears optional fields and contact keys; GET shows them gone; as-of before the clear still shows them', async () => {
    const { id } = await t.registerCustomer(sales, {
      notes: 'met at the fair',
      needs: 'CRM',
      firstContactAt: '2024-03-01',
      contact: { name: 'Zhang San', title: 'CTO', phone: '13912340001', email: 'zhang.clear@example.com' },
    });
    const response = await patch(id, {
      notes: null,
      size: null,
      firstContactAt: null,
      contact: { name: 'Zhang San', title: null, phone: null, email: 'zhang.clear@example.com' },
    });
    expect(response.status).toBe(200);

    const customer = await read(id);
    for (const field of ['notes', 'size', 'firstContactAt']) expect(customer).not.toHaveProperty(field);
    expect(customer.needs).toBe('CRM');
    expect(customer.contact).toEqual({ name: 'Zhang San', email: 'zhang.clear@example.com' });

    const document = JSON.stringify(await t.app.get<ReadStore>(READ_STORE).get(CUSTOMER_PROFILES, id));
    for (const gone of ['met at the fair', 'CTO', '13912340001', '2024-03-01']) expect(document).not.toContain(gone);

    const before = await read(id, '/as-of?revision=0');
    expect(before).toMatchObject({ notes: 'met at the fair', size: 'medium', contact: { title: 'CTO', phone: '13912340001' } });
    const now = await read(id, '/as-of?revision=1');
    expect(now).not.toHaveProperty('notes');
    expect(now.contact).not.toHaveProperty('title');
  });

  it('clears the sensitive data', async () => {
    const { id } = await t.registerCustomer(sales, { sensitive: { idNumber: '110101199003077777' } });
    await patch(id, { sensitive: null }).expect(200);
    expect(await read(id, '/as-of?revision=1')).not.toHaveProperty('sensitive');
  });

  it('a cleared phone frees the identity for another customer of the same name', async () => {
    const contact = { phone: '13912340002', email: 'same.name@example.com' };
    const { id } = await t.registerCustomer(sales, { name: 'Clearing Co', contact });
    await patch(id, { contact: { ...contact, phone: null } }).expect(200);
    await request(t.http)
      .post('/v1/customers')
      .set(bearer(sales.token))
      .send({ name: 'Clearing Co', type: 'individual', contact: { phone: contact.phone }, industry: 'internet', region: 'HB', source: 'referral' })
      .expect(201);
  });

  it.each(['name', 'type', 'contact', 'industry', 'region', 'source'])(
    'refuses null on the required %s with a 400 naming it, and writes nothing',
    async (field) => {
      const { id } = await t.registerCustomer(sales, { notes: 'kept' });
      const response = await patch(id, { notes: null, [field]: null });
      expect(response.status).toBe(400);
      expect(new Set((response.body.errors as { field: string }[]).map((error) => error.field))).toEqual(new Set([field]));
      expect((await read(id)).notes).toBe('kept');
    },
  );

  it('refuses a contact left with neither phone nor email', async () => {
    const { id } = await t.registerCustomer(sales);
    const response = await patch(id, { contact: { phone: null, email: null } });
    expect(response.status).toBe(400);
  });

  it('a rebuild of the profiles yields the same read model as the updates that cleared', async () => {
    const store = t.app.get<ReadStore>(READ_STORE);
    await read((await t.registerCustomer(sales)).id);
    const incremental = await readModelDigest(store, customerProfilesProjection);
    await request(t.http).post(`/v1/admin/projections/${customerProfilesProjection.name}/rebuild`).set(bearer(t.adminToken)).expect(202);
    await rebuildsFinished(t);
    expect(await readModelDigest(store, customerProfilesProjection)).toBe(incremental);
  });
});

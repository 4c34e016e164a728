import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { bearer } from './support/bearer.js';
import { customerBody, startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Issue 12 item 2: phones, e-mails and names are stored in one canonical form on every way in, and
// the event keeps what was typed beside it (history shows it, masked where the contact is masked).

describe('normalisation on the way in (e2e)', () => {
  let t: TestApp;
  let sales: TestUser;
  let auditor: TestUser;
  let integrator: TestUser;
  let sequence = 0;

  beforeAll(async () => {
    t = await startTestApp();
    sales = await t.createUser('sales');
    auditor = await t.createUser('auditor');
    integrator = await t.createUser('integrator');
  });
  afterAll(() => t.close({ removeData: true }));

  const register = (contact: Record<string, unknown>, overrides: Record<string, unknown> = {}) =>
    request(t.http)
      .post('/v1/customers')
      .set(bearer(sales))
      .send(customerBody({ name: `Norm ${++sequence}`, contact, ...overrides }));
  const profileOf = async (id: string, who: { token: string } = sales) =>
    (
      await request(t.http)
        .get(`/v1/customers/${id}`)
        .set(bearer(who))
        .set('x-min-position', String(await t.headPosition()))
        .expect(200)
    ).body;
  const historyOf = async (id: string, who: { token: string }) =>
    (await request(t.http).get(`/v1/customers/${id}/history`).set(bearer(who)).expect(200)).body.items as { type: string; data: Record<string, unknown> }[];

  it.each([
    ['138-1234-5679', '13812345679'],
    ['+86 138 1234 5679', '13812345679'],
    ['0086 138 1234 5679', '13812345679'],
    ['(138)1234-5679', '13812345679'],
    ['１３８１２３４５６７９', '13812345679'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('stores the phone typed as %s as %s', async (typed, canonical) => {
    const created = await register({ phone: typed }, { allowDuplicate: true }).expect(201);
    expect((await profileOf(created.body.id)).contact.phone).toBe(canonical);
  });

  it.each(['abc-def', '12345', '138-1234-567', '+44 12'])('refuses the phone %j with a 400 naming contact.phone', async (typed) => {
    const refused = await register({ phone: typed }).expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'contact.phone' })]);
  });

  it('refuses an e-mail that is no address with a 400 naming contact.email, and accepts one in capitals with spaces', async () => {
    const refused = await register({ email: 'not an address' }).expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'contact.email' })]);
    const created = await register({ email: '  Li.Lei@Example.COM ' }).expect(201);
    expect((await profileOf(created.body.id)).contact.email).toBe('li.lei@example.com');
  });

  it('folds full-width letters and collapses spaces in the customer and contact names', async () => {
    const created = await register({ name: 'Ｗａｎｇ　　Ｗｅｉ', phone: '13700000001' }, { name: 'ＡＢＣ　公司' }).expect(201);
    const profile = await profileOf(created.body.id);
    expect(profile.name).toBe('ABC 公司');
    expect(profile.contact.name).toBe('Wang Wei');
  });

  it('normalises an imported row the same way', async () => {
    const rows = [customerBody({ name: 'Imported　Ｃｏ', contact: { phone: '+86 (135) 0000-7777', email: 'Row@Import.CN' } })];
    const report = await request(t.http).post('/v1/customers/import').set(bearer(sales)).send(rows).expect(200);
    expect(report.body.rejected).toEqual([]);
    const profile = await profileOf(report.body.created[0].id);
    expect(profile).toMatchObject({ name: 'Imported Co', contact: { phone: '13500007777', email: 'row@import.cn' } });
  });

  it('normalises on PATCH too, keeping what was typed in the event', async () => {
    const { id } = (await register({ phone: '13700000002' }).expect(201)).body;
    await request(t.http)
      .patch(`/v1/customers/${id}`)
      .set(bearer(sales))
      .send({ contact: { phone: '+86 139-0000-0002', email: ' X@Y.CN' } })
      .expect(200);
    expect((await profileOf(id)).contact).toMatchObject({ phone: '13900000002', email: 'x@y.cn' });
    const updated = (await historyOf(id, { token: t.adminToken })).find((item) => item.type === 'CustomerProfileUpdated');
    expect(updated?.data).toMatchObject({
      changes: { contact: { phone: '13900000002', email: 'x@y.cn' } },
      entered: { contact: { phone: '+86 139-0000-0002', email: ' X@Y.CN' } },
    });
  });

  it('a PATCH whose typed phone normalises to the stored one changes nothing', async () => {
    const { id } = (await register({ phone: '13700000003' }).expect(201)).body;
    const response = await request(t.http)
      .patch(`/v1/customers/${id}`)
      .set(bearer(sales))
      .send({ contact: { phone: '137 0000 0003' } })
      .expect(200);
    expect(response.body.revision).toBe(0);
  });

  it('shows the typed phone in clear to an admin and masked to an auditor and an integrator, and finds the customer by it', async () => {
    const { id } = (await register({ phone: '+86 136-5555-1234' }, { allowDuplicate: true }).expect(201)).body;
    const [registered] = await historyOf(id, { token: t.adminToken });
    expect(registered.data).toMatchObject({ contact: { phone: '13655551234' }, entered: { contact: { phone: '+86 136-5555-1234' } } });

    const [asAuditor] = await historyOf(id, auditor);
    // Neither the typed nor the stored digits (ids are random, so look for the numbers themselves).
    for (const digits of ['5555-1234', '13655551234']) expect(JSON.stringify(asAuditor.data)).not.toContain(digits);
    expect(asAuditor.data).toMatchObject({ entered: { contact: { phone: '+86****1234' } } });

    const feed = await request(t.http).get('/v1/events').query({ types: 'CustomerRegistered', limit: 1000 }).set(bearer(integrator)).expect(200);
    const fed = JSON.stringify(feed.body.items.find((item: { customerId: string }) => item.customerId === id));
    for (const digits of ['5555-1234', '13655551234']) expect(fed).not.toContain(digits);

    expect(readFileSync(join(t.dataDir, 'events.db')).includes('+86 136-5555-1234')).toBe(false);
    const found = await request(t.http).get('/v1/customers').query({ q: '136 5555 1234' }).set(bearer(sales)).expect(200);
    expect(found.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
  });

  it('erases the typed values with the stored ones', async () => {
    const { id } = (await register({ phone: '(135) 4444-9876', email: ' Gone@Example.com' }).expect(201)).body;
    await request(t.http).delete(`/v1/customers/${id}/personal-data`).set(bearer(t.adminToken)).send({ reason: 'PIPL request' }).expect(200);
    const [registered] = await historyOf(id, { token: t.adminToken });
    expect(registered.data).toMatchObject({ entered: { contact: { phone: '[erased]', email: '[erased]' } } });
    expect(JSON.stringify(registered.data)).not.toContain('4444-9876');
  });

  it('refuses a second registration with the same phone typed differently as a suspected duplicate', async () => {
    await register({ phone: '13812340000' }, { name: 'Twin Phone Co' }).expect(201);
    const refused = await register({ phone: '138 1234 0000' }, { name: 'Twin Phone Co' }).expect(409);
    expect(refused.body.code).toBe('duplicate-suspected');
  });
});

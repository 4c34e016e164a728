import request from 'supertest';
import { bearer } from './support/bearer.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Each API process keeps what it last saw (verified tokens, users, roles, customer folds) so that a
// command reads little; a change made through another replica on the same store still counts on
// the very next request here.
describe('what one replica keeps, after a change through another', () => {
  let first: TestApp;
  let second: TestApp;
  let rep: TestUser;
  let other: TestUser;
  const followUp = { method: 'phone', content: 'called about the renewal', result: 'interested' };
  const recordFollowUp = (t: TestApp, who: TestUser, id: string) => request(t.http).post(`/v1/customers/${id}/follow-ups`).set(bearer(who)).send(followUp);

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp({ dataDir: first.dataDir, env: { ROLE: 'api' } });
    rep = await first.createUser('sales', 'north');
    other = await first.createUser('sales', 'north');
  });
  afterAll(async () => {
    await second.close();
    await first.close({ removeData: true });
  });

  it('a customer handed to another owner elsewhere is 404 to its old owner here, and its new owner appends after the change', async () => {
    const { id } = await first.registerCustomer(rep);
    expect((await recordFollowUp(first, rep, id).expect(201)).body.revision).toBe(1);
    await request(second.http).post(`/v1/customers/${id}/owner`).set(bearer(second.adminToken)).send({ ownerId: other.id }).expect(200);
    await recordFollowUp(first, rep, id).expect(404);
    expect((await recordFollowUp(first, other, id).expect(201)).body.revision).toBe(3);
  });

  it('a status changed elsewhere is the status a transition here starts from', async () => {
    const { id } = await first.registerCustomer(rep);
    const move = (t: TestApp, to: string) => request(t.http).post(`/v1/customers/${id}/status`).set(bearer(rep)).send({ to, reason: 'call' });
    await move(first, 'qualified').expect(200);
    await move(second, 'won').expect(200);
    // The fold this replica last saw says "qualified", from which "won" is allowed; the store says "won".
    const again = await move(first, 'won').expect(422);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'to' })]);
  });

  it('a permission taken from a role elsewhere is refused here on the next request', async () => {
    await request(first.http).post('/v1/roles').set(bearer(first.adminToken)).send({ id: 'replica-sales', name: '銷售', copyOf: 'sales' }).expect(201);
    const member = await first.createUser('replica-sales' as TestUser['role'], 'north');
    const { id } = await first.registerCustomer(member);
    await recordFollowUp(first, member, id).expect(201);
    const role = (await request(second.http).get('/v1/roles/replica-sales').set(bearer(second.adminToken)).expect(200)).body;
    await request(second.http)
      .put('/v1/roles/replica-sales')
      .set(bearer(second.adminToken))
      .send({ name: role.name, records: role.records, fields: role.fields, permissions: role.permissions.filter((p: string) => p !== 'followUps.create') })
      .expect(200);
    await recordFollowUp(first, member, id).expect(403);
  });
});

import request from 'supertest';
import { bearer } from './support/bearer.js';
import { sagasSettled } from './support/sagas-settled.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// An operator retries a parked saga reaction (issue 15 item 5): its effect is applied once, the retry is audited in
// the operations stream, and a repeat adds nothing.

interface Parked {
  id: string;
  ruleId: string;
  customerId: string;
  error: string;
}

describe('Retrying a parked saga reaction (e2e)', () => {
  let t: TestApp;
  let sales: TestUser;
  let auditor: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    sales = await t.createUser('sales');
    auditor = await t.createUser('auditor');
  });
  afterAll(() => t.close({ removeData: true }));

  /** A customer at the tag limit whose quote makes the pending-deal rule want a tag it may not add: parked. */
  async function parkedPendingDeal(): Promise<{ customerId: string; parked: Parked }> {
    const { id } = await t.registerCustomer(sales);
    for (let i = 1; i <= 10; i++)
      await request(t.http)
        .post(`/v1/customers/${id}/tags`)
        .set(bearer(sales))
        .send({ tag: `t${i}` })
        .expect(200);
    await request(t.http)
      .post(`/v1/customers/${id}/follow-ups`)
      .set(bearer(sales))
      .send({ method: 'phone', content: 'quote', result: 'interested', outcomes: ['quote_sent'] })
      .expect(201);
    await sagasSettled(t);
    const parked = (await listParked()).find((p) => p.customerId === id && p.ruleId === 'pending-deal');
    if (!parked) throw new Error('the reaction was not parked');
    return { customerId: id, parked };
  }
  const listParked = async (): Promise<Parked[]> => (await request(t.http).get('/v1/admin/sagas/parked').set(bearer(t.adminToken)).expect(200)).body.items;
  const retry = (id: string, key?: string) => {
    const call = request(t.http).post(`/v1/admin/sagas/parked/${id}/retry`).set(bearer(t.adminToken));
    return key ? call.set('idempotency-key', key) : call;
  };
  const pendingDealTags = async (customerId: string) =>
    (
      (await request(t.http).get(`/v1/customers/${customerId}/history?limit=1000`).set(bearer(t.adminToken)).expect(200)).body.items as {
        type: string;
        data: { tag?: string; source?: string };
      }[]
    ).filter((e) => e.type === 'CustomerTagged' && e.data.tag === 'pending-deal');
  const operations = async () =>
    (await request(t.http).get('/v1/admin/operations').set(bearer(auditor)).expect(200)).body.items as {
      type: string;
      data: { parkedId: string };
      metadata: { actorRole: string };
    }[];

  it('applies the effect once the cause is fixed, leaves the parked list, and a repeat adds nothing', async () => {
    const { customerId, parked } = await parkedPendingDeal();
    await request(t.http).delete(`/v1/customers/${customerId}/tags/t1`).set(bearer(sales)).expect(200);

    const applied = (await retry(parked.id, 'retry-1').expect(200)).body;
    expect(applied).toEqual({ id: parked.id, status: 'applied', appended: 1 });
    expect(await pendingDealTags(customerId)).toEqual([expect.objectContaining({ data: expect.objectContaining({ source: 'rule' }) })]);
    expect((await listParked()).map((p) => p.id)).not.toContain(parked.id);

    expect((await retry(parked.id, 'retry-1').expect(200)).body).toEqual(applied);
    await retry(parked.id).expect(404);
    expect(await pendingDealTags(customerId)).toHaveLength(1);
    expect((await operations()).filter((e) => e.data.parkedId === parked.id)).toEqual([
      expect.objectContaining({ type: 'ParkedReactionRetried', metadata: expect.objectContaining({ actorRole: 'admin' }) }),
    ]);
  });

  it('parks it again, visibly, when the cause is still there; the retry is audited all the same', async () => {
    const { customerId, parked } = await parkedPendingDeal();
    const again = (await retry(parked.id).expect(200)).body;
    expect(again).toEqual({ id: parked.id, status: 'parked', appended: 0, error: expect.stringContaining('tags') });
    expect((await listParked()).map((p) => p.id)).toContain(parked.id);
    expect(await pendingDealTags(customerId)).toEqual([]);
    expect((await operations()).filter((e) => e.data.parkedId === parked.id)).toHaveLength(1);
  });

  it('is for sagas.manage only, and answers 404 for an unknown reaction and 400 for a malformed id', async () => {
    const { parked } = await parkedPendingDeal();
    await retry('6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b').expect(404);
    await retry('not-a-uuid').expect(400);
    await request(t.http).post(`/v1/admin/sagas/parked/${parked.id}/retry`).set(bearer(sales)).expect(403);
    await request(t.http).get('/v1/admin/operations').set(bearer(sales)).expect(403);
    expect((await operations()).filter((e) => e.data.parkedId === parked.id)).toEqual([]);
  });
});

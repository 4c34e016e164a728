import request from 'supertest';
import { CustomerCommandPipeline } from '#application';
import { ALL_PROJECTIONS, readModelDigest } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { ManualClock } from '#shared';
import { bearer } from './support/bearer.js';
import { rebuildsFinished } from './support/rebuilds-finished.js';
import { sagasSettled } from './support/sagas-settled.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';
import { waitFor } from './support/wait-for.js';

// Merge and unmerge over HTTP (issue 12 item 4): what moves, where it shows, and that it undoes.

const NOW = new Date('2024-06-20T08:00:00.000Z');

interface HistoryItem {
  id: string;
  type: string;
  data: Record<string, unknown>;
  metadata: { correlationId: string; causationId: string };
}

describe('Merge and unmerge (e2e)', () => {
  let t: TestApp;
  let sales: TestUser;
  let otherTeamManager: TestUser;
  let manager: TestUser;
  let position = 0;

  /** Posts, expecting `status` (by default a success: 200 or 201). */
  const send = async (user: TestUser | string, url: string, body: object, status?: number) => {
    const token = typeof user === 'string' ? user : user.token;
    const response = await request(t.http).post(url).set(bearer(token)).send(body);
    const expected = status ?? (response.status === 201 ? 201 : 200);
    expect({ url, status: response.status, body: response.body }).toMatchObject({ url, status: expected });
    position = Math.max(position, response.body.position ?? 0, response.body.survivor?.position ?? 0);
    return response.body;
  };
  const read = (url: string, token = t.adminToken) => request(t.http).get(url).set(bearer(token)).set('x-min-position', String(position));
  const profile = async (id: string) => (await read(`/v1/customers/${id}`).expect(200)).body;
  const listedIds = async (query = '') => ((await read(`/v1/customers?limit=1000${query}`).expect(200)).body.items as { id: string }[]).map((c) => c.id);
  const history = async (id: string): Promise<HistoryItem[]> => (await read(`/v1/customers/${id}/history?limit=1000`).expect(200)).body.items;
  const funnelOf = async (owner: string) => {
    const body = (await read('/v1/analytics/funnel?from=2024-06-01&to=2024-07-01&groupBy=owner').expect(200)).body;
    return body.groups.find((g: { key: string }) => g.key === owner) as { registered: number; current: Record<string, number> } | undefined;
  };

  /** A duplicate with a follow-up (and its reminder), an order, a manual tag; a survivor with an order of its own. */
  async function pair(owner: TestUser) {
    const survivor = await t.registerCustomer(owner, { name: 'Hubei Cloud Ltd', notes: 'survivor notes' });
    const duplicate = await t.registerCustomer(owner, { name: 'Hubei Cloud', notes: 'duplicate notes' });
    await send(owner, `/v1/customers/${duplicate.id}/follow-ups`, {
      at: '2024-06-18T10:00:00.000Z',
      method: 'visit',
      content: 'demo at their office',
      result: 'interested',
      nextFollowUpAt: '2024-07-01T10:00:00.000Z',
    });
    await send(owner, `/v1/customers/${duplicate.id}/orders`, { orderId: `SO-D-${duplicate.id}`, amount: 300_000, orderedAt: '2024-06-19T00:00:00.000Z' });
    await send(owner, `/v1/customers/${duplicate.id}/tags`, { tag: 'trade-show' });
    await send(owner, `/v1/customers/${survivor.id}/orders`, { orderId: `SO-S-${survivor.id}`, amount: 100_000, orderedAt: '2024-06-10T00:00:00.000Z' });
    position = Math.max(position, await sagasSettled(t));
    return { survivor: survivor.id, duplicate: duplicate.id };
  }

  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock(NOW) });
    sales = await t.createUser('sales', 'team-1');
    manager = await t.createUser('manager', 'team-1');
    otherTeamManager = await t.createUser('manager', 'team-2');
    // The rules that tag behind a test's back (high-value, and the behaviour tags recent-order/recent-inquiry) stay out of it.
    for (const rule of ['high-value', 'recent-order', 'recent-inquiry'])
      await request(t.http).put(`/v1/admin/rules/${rule}`).set(bearer(t.adminToken)).send({ enabled: false }).expect(200);
  });

  afterAll(async () => {
    await t.close({ removeData: true });
  });

  it('moves follow-ups, orders, tags and open reminders to the survivor; the merged customer leaves lists and the funnel but still answers', async () => {
    const { survivor, duplicate } = await pair(sales);
    const funnelBefore = await funnelOf(sales.id);
    const customersInAnalytics = async () => (await read('/v1/analytics/industry-distribution').expect(200)).body.total as number;
    const inAnalyticsBefore = await customersInAnalytics();
    const [reminder] = ((await read('/v1/reminders?status=open').expect(200)).body.items as { id: string; customerId: string }[]).filter(
      (r) => r.customerId === duplicate,
    );
    expect(reminder).toBeDefined();

    const merged = await send(manager, `/v1/customers/${duplicate}/merge`, { into: survivor, reason: 'same company', take: { notes: 'merged' } });
    expect(merged).toMatchObject({ id: duplicate, mergeId: expect.any(String), survivor: { id: survivor } });

    const after = await profile(survivor);
    expect(after.tags.map((t: { tag: string }) => t.tag)).toEqual(['trade-show']);
    expect(after).toMatchObject({ followUpCount: 1, notes: 'duplicate notes', value: { orderCount: 2, trailing12MonthSpend: 400_000 } });
    const followUps = (await read(`/v1/customers/${survivor}/follow-ups`).expect(200)).body.items as { content: string }[];
    expect(followUps.map((f) => f.content)).toEqual(['demo at their office']);
    const moved = ((await read('/v1/reminders?status=open').expect(200)).body.items as { id: string; customerId: string }[]).find((r) => r.id === reminder.id);
    expect(moved?.customerId).toBe(survivor);

    const gone = await profile(duplicate);
    expect(gone).toMatchObject({ mergedInto: survivor, followUpCount: 0, tags: [], value: { orderCount: 0 } });
    expect(await listedIds()).toContain(survivor);
    expect(await listedIds()).not.toContain(duplicate);
    expect(await funnelOf(sales.id)).toMatchObject({ registered: (funnelBefore?.registered ?? 0) - 1 });
    expect(await customersInAnalytics()).toBe(inAnalyticsBefore - 1);

    // Both histories tell it, linked: the survivor's event was caused by the merged one's.
    const [mergedInto] = (await history(duplicate)).filter((e) => e.type === 'CustomerMergedInto');
    const [absorbed] = (await history(survivor)).filter((e) => e.type === 'CustomerAbsorbed');
    expect(mergedInto.data).toMatchObject({ into: survivor, reason: 'same company', moved: { fields: ['notes'] } });
    expect(absorbed.data).toMatchObject({ from: duplicate, mergeId: merged.mergeId });
    expect(absorbed.metadata.causationId).toBe(mergedInto.id);
    expect(absorbed.metadata.correlationId).toBe(mergedInto.metadata.correlationId);
    for (const id of [survivor, duplicate]) expect((await read(`/v1/customers/${id}/verify`).expect(200)).body.valid).toBe(true);
    const asOf = (await read(`/v1/customers/${duplicate}/as-of?at=${encodeURIComponent(NOW.toISOString())}`).expect(200)).body;
    expect(asOf).toMatchObject({ mergedInto: { into: survivor }, orderIds: [] });
  });

  it('refuses commands on the merged customer with 409 customer-merged naming the survivor; a retry of the merge appends nothing', async () => {
    const { survivor, duplicate } = await pair(sales);
    await send(manager, `/v1/customers/${duplicate}/merge`, { into: survivor, reason: 'same company' });
    const refused = await send(sales, `/v1/customers/${duplicate}/tags`, { tag: 'late' }, 409);
    expect(refused).toMatchObject({ code: 'customer-merged', mergedInto: survivor });
    const head = await t.headPosition();
    await send(manager, `/v1/customers/${duplicate}/merge`, { into: survivor, reason: 'same company' });
    expect(await t.headPosition()).toBe(head);
    expect((await profile(survivor)).value.orderCount).toBe(2);
  });

  it('checks permission, team scope and input: sales 403, another team 404 naming into, bad take 400, into itself 400', async () => {
    const { survivor, duplicate } = await pair(sales);
    await send(sales, `/v1/customers/${duplicate}/merge`, { into: survivor, reason: 'x' }, 403);
    await send(otherTeamManager, `/v1/customers/${duplicate}/merge`, { into: survivor, reason: 'x' }, 404);
    const outsider = await t.registerCustomer({ token: t.adminToken }, {});
    const notSeen = await send(manager, `/v1/customers/${duplicate}/merge`, { into: outsider.id, reason: 'x' }, 404);
    expect(notSeen.errors).toEqual([expect.objectContaining({ field: 'into' })]);
    const badTake = await send(manager, `/v1/customers/${duplicate}/merge`, { into: survivor, reason: 'x', take: { notes: 'mine' } }, 400);
    expect(JSON.stringify(badTake.errors)).toContain('take.notes');
    const unknownField = await send(manager, `/v1/customers/${duplicate}/merge`, { into: survivor, reason: 'x', take: { sensitive: 'merged' } }, 400);
    expect(JSON.stringify(unknownField.errors)).toContain('sensitive');
    await send(manager, `/v1/customers/${duplicate}/merge`, { into: duplicate, reason: 'x' }, 400);
    await send(manager, `/v1/customers/${duplicate}/merge`, { into: survivor }, 400);
    await send(manager, `/v1/customers/${duplicate}/unmerge`, { reason: 'never merged' }, 409);
  });

  it('a tag over the survivor’s limit stays with the merged customer', async () => {
    const { survivor, duplicate } = await pair(sales);
    for (let i = 0; i < 10; i++) await send(sales, `/v1/customers/${survivor}/tags`, { tag: `t-${i}` });
    await send(manager, `/v1/customers/${duplicate}/merge`, { into: survivor, reason: 'same company' });
    expect((await profile(survivor)).tags).toHaveLength(10);
    const [event] = (await history(duplicate)).filter((e) => e.type === 'CustomerMergedInto');
    expect(event.data.tagsKept).toEqual(['trade-show']);
    expect((await profile(duplicate)).tags.map((t: { tag: string }) => t.tag)).toEqual(['trade-show']);
  });

  it('unmerge gives both customers back as they were, and a rebuild of every read model equals them', async () => {
    const { survivor, duplicate } = await pair(sales);
    const survivorBefore = await profile(survivor);
    const duplicateBefore = await profile(duplicate);
    const funnelBefore = await funnelOf(sales.id);
    await send(manager, `/v1/customers/${duplicate}/merge`, { into: survivor, reason: 'same company', take: { notes: 'merged', contact: 'merged' } });
    expect(await profile(survivor)).toMatchObject({ contact: duplicateBefore.contact, notes: 'duplicate notes' });
    await send(manager, `/v1/customers/${duplicate}/unmerge`, { reason: 'two companies after all' });

    const comparable = ({ revision: _r, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
    expect(comparable(await profile(survivor))).toEqual(comparable(survivorBefore));
    expect(comparable(await profile(duplicate))).toEqual(comparable(duplicateBefore));
    expect(await listedIds()).toContain(duplicate);
    expect(await funnelOf(sales.id)).toEqual(funnelBefore);
    const followUps = (await read(`/v1/customers/${duplicate}/follow-ups`).expect(200)).body.items;
    expect(followUps).toHaveLength(1);
    expect((await history(survivor)).map((e) => e.type)).toEqual(expect.arrayContaining(['CustomerAbsorbed', 'CustomerAbsorptionReverted']));
    await send(manager, `/v1/customers/${duplicate}/unmerge`, { reason: 'again' }, 409);

    const store = t.app.get<ReadStore>(READ_STORE);
    const incremental = await Promise.all(ALL_PROJECTIONS.map((p) => readModelDigest(store, p)));
    for (const projection of ALL_PROJECTIONS) {
      await request(t.http).post(`/v1/admin/projections/${projection.name}/rebuild`).set(bearer(t.adminToken)).expect(202);
    }
    await rebuildsFinished(t);
    expect(await Promise.all(ALL_PROJECTIONS.map((p) => readModelDigest(store, p)))).toEqual(incremental);
  });

  it('a crash between the two appends converges: the relay completes the survivor’s side from the feed, once', async () => {
    const { survivor, duplicate } = await pair(sales);
    // Only the merged customer's append happens, as if the process died right after it.
    const pipeline = t.app.get(CustomerCommandPipeline);
    const admin = { actor: { userId: 'crash-test', role: 'admin' as const }, correlationId: 'crash-1', causationId: 'crash-1' };
    const { state } = await pipeline.load(survivor);
    const tags = state.kind === 'registered' ? state.tags.map((tag) => tag.tag) : [];
    await pipeline.execute(duplicate, admin, (now) => ({
      type: 'MergeCustomerInto',
      data: { mergeId: '5b0c7a52-6f7e-4d21-9a33-0c6c1f0e9d11', into: survivor, reason: 'crash test', take: [], survivorTags: tags, maxTags: 10 },
      now,
    }));
    position = await t.headPosition();
    await waitFor(async () => (await profile(survivor)).value.orderCount === 2, 'the relay to move the orders');
    position = Math.max(position, await sagasSettled(t));
    const absorbed = (await history(survivor)).filter((e) => e.type === 'CustomerAbsorbed');
    expect(absorbed).toHaveLength(1);
    // A user's retry of the same merge now finds both sides done.
    const head = await t.headPosition();
    await send(manager, `/v1/customers/${duplicate}/merge`, { into: survivor, reason: 'crash test' });
    expect(await t.headPosition()).toBe(head);
    expect((await profile(survivor)).value.orderCount).toBe(2);

    // The same for an unmerge: only the merged customer's side is recorded; the relay gives the orders back.
    const { state: merged } = await pipeline.load(duplicate);
    const returned = merged.kind === 'registered' && merged.mergedInto ? merged.mergedInto.moved : undefined;
    await pipeline.execute(duplicate, admin, (now) => ({ type: 'UnmergeCustomer', data: { reason: 'crash test', returned: returned! }, now }));
    position = await t.headPosition();
    await waitFor(async () => (await profile(survivor)).value.orderCount === 1, 'the relay to give the orders back');
    position = Math.max(position, await sagasSettled(t));
    expect((await history(survivor)).filter((e) => e.type === 'CustomerAbsorptionReverted')).toHaveLength(1);
    expect((await profile(duplicate)).value.orderCount).toBe(1);
    expect(await listedIds()).toContain(duplicate);
  });
});

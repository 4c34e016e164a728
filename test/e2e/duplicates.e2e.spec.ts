import request from 'supertest';
import { parse } from 'csv-parse/sync';
import { customerMatchKeysProjection, readModelDigest } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { bearer } from './support/bearer.js';
import { rebuildsFinished } from './support/rebuilds-finished.js';
import { customerBody, startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Issue 12 item 3: GET /v1/customers/duplicates over the existing data, scoped to what the caller sees.

interface Group {
  groupId: string;
  score: number;
  reasons: string[];
  customers: { id: string; code: string; name: string; contact: { phone?: string; email?: string } }[];
}

describe('duplicate candidates (e2e)', () => {
  let t: TestApp;
  let salesA: TestUser;
  let salesB: TestUser;
  let salesC: TestUser;
  let manager: TestUser;
  const ids: Record<string, string> = {};

  const add = async (label: string, owner: TestUser, overrides: Record<string, unknown>) => {
    ids[label] = (await t.registerCustomer(owner, { allowDuplicate: true, ...overrides })).id;
  };
  const duplicates = async (who: { token: string }, query: Record<string, string | number> = {}) =>
    request(t.http)
      .get('/v1/customers/duplicates')
      .query(query)
      .set(bearer(who))
      .set('x-min-position', String(await t.headPosition()));
  const groupsOf = async (who: { token: string }) => ((await duplicates(who, { limit: 500 })).body.items as Group[]).map(summary);
  const summary = (group: Group) => ({
    reasons: group.reasons,
    score: group.score,
    members: group.customers.map((c) => Object.keys(ids).find((label) => ids[label] === c.id) ?? c.id).sort(),
  });

  beforeAll(async () => {
    t = await startTestApp();
    salesA = await t.createUser('sales', 'team-north');
    salesB = await t.createUser('sales', 'team-north');
    salesC = await t.createUser('sales', 'team-south');
    manager = await t.createUser('manager', 'team-north');
    await add('A1', salesA, { name: 'Phone One', contact: { phone: '13811110000' } });
    await add('A2', salesA, { name: 'Phone Two', contact: { phone: '+86 138 1111 0000' } });
    await add('C1', salesC, { name: 'Phone Three', contact: { phone: '138-1111-0000' } });
    await add('A3', salesA, { name: 'Mail One', contact: { email: 'shared@mail.cn' } });
    await add('B1', salesB, { name: 'Mail Two', contact: { email: ' Shared@Mail.CN ' } });
    await add('A4', salesA, { name: '華星貿易有限公司', region: 'HB' });
    await add('A5', salesA, { name: '华星贸易集团', region: 'HB' });
    await add('A6', salesA, { name: '華星物流', region: 'HB' });
    await add('A7', salesA, { name: '华星物流', region: 'HB' });
    await add('A8', salesA, { name: 'Same Name Ltd', region: 'HB' });
    await add('A9', salesA, { name: 'Same  Name Ltd', region: 'HB' });
    await add('A10', salesA, { name: 'Same Name Ltd', region: 'HD' });
  });
  afterAll(() => t.close({ removeData: true }));

  it("lists a sales rep's candidate groups among its own customers only, with reasons and scores", async () => {
    expect(await groupsOf(salesA)).toEqual([
      { reasons: ['same-phone'], score: 50, members: ['A1', 'A2'] },
      { reasons: ['same-name-in-region'], score: 40, members: ['A8', 'A9'] },
      { reasons: ['name-differs-only-in-script'], score: 35, members: ['A6', 'A7'] },
      { reasons: ['name-differs-only-in-company-suffix'], score: 25, members: ['A4', 'A5'] },
    ]);
    expect(await groupsOf(salesC)).toEqual([]);
  });

  it("shows a manager the team's groups, with another rep's contact masked", async () => {
    const groups = (await duplicates(manager, { limit: 500 })).body.items as Group[];
    const mail = groups.find((group) => group.reasons.includes('same-email'));
    expect(mail && summary(mail)).toEqual({ reasons: ['same-email'], score: 50, members: ['A3', 'B1'] });
    expect(mail?.customers.map((c) => c.contact.email)).toEqual(['s***@mail.cn', 's***@mail.cn']);
    expect(groups.map(summary).find((group) => group.reasons.includes('same-phone'))?.members).toEqual(['A1', 'A2']);
  });

  it('shows an admin the group across teams', async () => {
    expect((await groupsOf({ token: t.adminToken })).find((group) => group.reasons.includes('same-phone'))?.members).toEqual(['A1', 'A2', 'C1']);
  });

  it('pages with a cursor, each group once', async () => {
    const first = await duplicates(salesA, { limit: 3 });
    expect(first.body.items).toHaveLength(3);
    const second = await duplicates(salesA, { limit: 3, cursor: first.body.nextCursor });
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    expect([...first.body.items, ...second.body.items].map(summary)).toEqual(await groupsOf(salesA));
    const bad = await duplicates(salesA, { cursor: 'garbage' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
  });

  it('exports the groups as CSV, one row per customer', async () => {
    const csv = await duplicates(salesA, { format: 'csv' });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatchObject({ reasons: 'same-phone', score: '50', phone: '13811110000' });
  });

  it('finds duplicates made by a later profile change, and forgets an erased customer', async () => {
    const extra = await t.registerCustomer(salesA, customerBody({ name: 'Late Twin' }));
    await request(t.http)
      .patch(`/v1/customers/${extra.id}`)
      .set(bearer(salesA))
      .send({ contact: { phone: '138 1111 0000' } })
      .expect(200);
    ids.late = extra.id;
    expect((await groupsOf(salesA))[0]).toEqual({ reasons: ['same-phone'], score: 50, members: ['A1', 'A2', 'late'] });

    await request(t.http).delete(`/v1/customers/${extra.id}/personal-data`).set(bearer(t.adminToken)).send({ reason: 'request' }).expect(200);
    expect((await groupsOf(salesA))[0]).toEqual({ reasons: ['same-phone'], score: 50, members: ['A1', 'A2'] });
  });

  it('a rebuild of the match keys yields the same read model and the same groups as the incremental one', async () => {
    const store = t.app.get<ReadStore>(READ_STORE);
    const groups = await groupsOf({ token: t.adminToken });
    const incremental = await readModelDigest(store, customerMatchKeysProjection);
    await request(t.http).post(`/v1/admin/projections/${customerMatchKeysProjection.name}/rebuild`).set(bearer(t.adminToken)).expect(202);
    await rebuildsFinished(t);
    expect(await readModelDigest(store, customerMatchKeysProjection)).toBe(incremental);
    expect(await groupsOf({ token: t.adminToken })).toEqual(groups);
  });
});

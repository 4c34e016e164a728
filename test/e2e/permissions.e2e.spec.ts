import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { bearer } from './support/bearer.js';
import { waitFor } from './support/wait-for.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Roles built from permissions (issue 11, seed: 系統管理-角色權限): the catalogue, custom roles that
// take effect without a new login, and the service preset that hides spend and value everywhere.

interface FeedItem {
  type: string;
  customerId: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

/** What a PUT takes of a role as GET shows it. */
const content = ({ name, permissions, records, fields }: Record<string, unknown>) => ({ name, permissions, records, fields });

const SALES_PERMISSIONS = async (t: TestApp): Promise<string[]> =>
  (await request(t.http).get('/v1/roles/sales').set(bearer(t.adminToken)).expect(200)).body.permissions;

describe('roles built from permissions', () => {
  let t: TestApp;
  let sales: TestUser;
  let service: TestUser;

  const as = (who: TestUser | string) => ({
    get: (path: string) => request(t.http).get(path).set(bearer(who)),
    post: (path: string, body: object) => request(t.http).post(path).set(bearer(who)).send(body),
    put: (path: string, body: object) => request(t.http).put(path).set(bearer(who)).send(body),
  });
  const admin = () => as(t.adminToken);
  const fresh = async (path: string, who: TestUser | string) =>
    as(who)
      .get(path)
      .set('x-min-position', String(await t.headPosition()));

  async function customerWithOrder(owner: TestUser): Promise<string> {
    const { id } = await t.registerCustomer(owner);
    await as(owner)
      .post(`/v1/customers/${id}/orders`, { orderId: `o-${id}`, amount: 1_250_000, currency: 'CNY', orderedAt: new Date().toISOString() })
      .expect(201);
    return id;
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { WEBHOOK_POLL_MS: '50', WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1' } });
    sales = await t.createUser('sales', 'north');
    service = await t.createUser('service');
  });
  afterAll(() => t.close({ removeData: true }));

  it('serves the permission catalogue with Chinese and English labels, to admins only', async () => {
    const { items } = (await admin().get('/v1/permissions').expect(200)).body as { items: { id: string; label: Record<string, string> }[] };
    expect(items).toContainEqual({ id: 'customers.create', label: { 'zh-CN': '客户信息录入', en: 'Register customers' } });
    expect(items.map((p) => p.id)).toEqual(expect.arrayContaining(['followUps.read', 'reports.export', 'roles.manage']));
    expect(new Set(items.map((p) => p.id)).size).toBe(items.length);
    await as(sales).get('/v1/permissions').expect(403);
    await as(sales).get('/v1/roles').expect(403);
  });

  it('lists the seven default roles as read-only presets', async () => {
    const { items } = (await admin().get('/v1/roles').expect(200)).body as { items: { id: string; preset: boolean }[] };
    expect(items.filter((r) => r.preset).map((r) => r.id)).toEqual(['admin', 'manager', 'sales', 'service', 'analyst', 'auditor', 'integrator']);
    const sales = (await admin().get('/v1/roles/sales').expect(200)).body;
    await admin()
      .put('/v1/roles/sales', { ...content(sales), permissions: [...sales.permissions, 'users.manage'] })
      .expect(403);
    await admin().post('/v1/roles', { id: 'sales', copyOf: 'manager' }).expect(409);
    await admin().post('/v1/roles', { id: 'Not A Slug', copyOf: 'sales' }).expect(400);
    await admin().post('/v1/roles', { id: 'half-made' }).expect(400);
    await admin()
      .post('/v1/roles', { id: 'bogus', copyOf: 'sales', permissions: ['customers.fly'] })
      .expect(400);
  });

  it('builds 大客戶銷售 from sales plus reports.export; the change counts on the next request, without a new login', async () => {
    await admin().post('/v1/roles', { id: 'key-account-sales', name: '大客戶銷售', copyOf: 'sales' }).expect(201);
    const keyAccount = await t.createUser('key-account-sales', 'north');
    await as(keyAccount).get('/v1/analytics/churn-risk').expect(200);
    await as(keyAccount).get('/v1/analytics/churn-risk?format=csv').expect(403);

    const role = (await admin().get('/v1/roles/key-account-sales').expect(200)).body;
    expect(role).toMatchObject({ id: 'key-account-sales', name: '大客戶銷售', records: 'own', preset: false, permissions: await SALES_PERMISSIONS(t) });
    await admin()
      .put('/v1/roles/key-account-sales', { ...content(role), permissions: [...role.permissions, 'reports.export'] })
      .expect(200);

    const csv = await as(keyAccount).get('/v1/analytics/churn-risk?format=csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    await as(sales).get('/v1/analytics/churn-risk?format=csv').expect(403);

    // Its events record the role id as actorRole; taking a permission away also counts at once.
    const { id } = await t.registerCustomer(keyAccount);
    const feed = (await fresh('/v1/events?limit=1000', t.adminToken)).body.items as FeedItem[];
    expect(feed.find((e) => e.customerId === id && e.type === 'CustomerRegistered')?.metadata.actorRole).toBe('key-account-sales');
    const withoutCreate = role.permissions.filter((p: string) => p !== 'customers.create');
    await admin()
      .put('/v1/roles/key-account-sales', { ...content(role), permissions: withoutCreate })
      .expect(200);
    await request(t.http).post('/v1/customers').set(bearer(keyAccount)).send({}).expect(403);
  });

  it('changes a role’s record scope at once: a custom role widened to the team sees teammates’ customers', async () => {
    await admin().post('/v1/roles', { id: 'regional-sales', name: '區域銷售', copyOf: 'sales' }).expect(201);
    const regional = await t.createUser('regional-sales', 'north');
    const { id } = await t.registerCustomer(sales);
    await as(regional).get(`/v1/customers/${id}`).expect(404);
    const role = (await admin().get('/v1/roles/regional-sales').expect(200)).body;
    await admin()
      .put('/v1/roles/regional-sales', { ...content(role), records: 'team' })
      .expect(200);
    await as(regional).get(`/v1/customers/${id}`).expect(200);
  });

  describe('the service preset hides spend and value', () => {
    it('leaves value out of the customer read, the list and the export, where admins see it', async () => {
      const id = await customerWithOrder(sales);
      const read = await fresh(`/v1/customers/${id}`, service);
      expect(read.status).toBe(200);
      const seen = read.body;
      expect(seen).not.toHaveProperty('value');
      expect(seen).toMatchObject({ id, ownerId: sales.id });
      expect((await fresh(`/v1/customers/${id}`, t.adminToken)).body.value).toMatchObject({ trailing12MonthSpend: 1_250_000 });

      const listed = (await as(service).get(`/v1/customers?limit=1000`).expect(200)).body.items as Record<string, unknown>[];
      expect(listed.find((c) => c.id === id)).toBeDefined();
      expect(listed.filter((c) => 'value' in c)).toEqual([]);

      const csv = (await as(service).get('/v1/customers?format=csv&limit=1000').expect(200)).text;
      expect(csv.split('\n')[0]).not.toMatch(/trailing12MonthSpend|valueTier/);
      expect(csv).not.toContain('1250000');
      expect((await admin().get('/v1/customers?format=csv&limit=1000').expect(200)).text.split('\n')[0]).toContain('trailing12MonthSpend');
    });

    it('answers analytics built on value with 403 to a role that hides it, even one granted analytics', async () => {
      await admin()
        .post('/v1/roles', { id: 'service-analytics', name: '客服分析', copyOf: 'service', permissions: ['customers.read', 'analytics.read'] })
        .expect(201);
      const user = await t.createUser('service-analytics');
      await as(user).get('/v1/analytics/funnel').expect(200);
      await as(user).get('/v1/analytics/value-trend').expect(403);
      await as(service).get('/v1/analytics/value-trend').expect(403);
      await admin().get('/v1/analytics/value-trend').expect(200);
    });

    it('leaves order amounts out of the feed and of webhook bodies for a role that hides value', async () => {
      await admin()
        .post('/v1/roles', {
          id: 'service-integrator',
          name: '客服集成',
          copyOf: 'integrator',
          fields: { contactInClear: 'own', sensitive: false, hidden: ['value'] },
        })
        .expect(201);
      const integrator = await t.createUser('service-integrator');
      const received: FeedItem[] = [];
      const receiver: Server = createServer((req, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString()));
        req.on('end', () => (received.push(JSON.parse(body) as FeedItem), res.writeHead(204).end()));
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      try {
        const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
        await as(integrator)
          .post('/v1/webhooks', { url, eventTypes: ['OrderRecorded'] })
          .expect(201);
        const id = await customerWithOrder(sales);

        const feed = (await as(integrator).get('/v1/events?types=OrderRecorded&limit=1000').expect(200)).body.items as FeedItem[];
        const order = feed.find((e) => e.customerId === id);
        expect(order?.data).toMatchObject({ customerId: id, orderId: `o-${id}` });
        expect(order?.data).not.toHaveProperty('amount');
        const adminFeed = (await admin().get('/v1/events?types=OrderRecorded&limit=1000').expect(200)).body.items as FeedItem[];
        expect(adminFeed.find((e) => e.customerId === id)?.data.amount).toBe(1_250_000);

        await waitFor(() => received.some((e) => e.customerId === id), 'the webhook delivery');
        const delivered = received.find((e) => e.customerId === id);
        expect(delivered?.data).toMatchObject({ orderId: `o-${id}` });
        expect(delivered?.data).not.toHaveProperty('amount');
      } finally {
        receiver.closeAllConnections();
        await new Promise((resolve) => receiver.close(resolve));
      }
    });
  });
});

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { Page } from 'playwright-core';
import { ADMIN } from '../e2e/support/test-app.js';
import { bearer } from '../e2e/support/bearer.js';
import { sagasSettled } from '../e2e/support/sagas-settled.js';
import { waitFor } from '../e2e/support/wait-for.js';
import { browserMissing } from './support/browser.js';
import { startConsoleApp, type ConsoleApp } from './support/console-app.js';
import { screenshot } from './support/screenshots.js';
import { until } from './support/until.js';

// The console's admin pages in a real browser: a permission granted through the role editor's checkboxes reaches the
// API and the menu of that role's users; a projection rebuild polled to done; a parked saga reaction retried off
// the parked list; and no admin page for a role without the permissions.

const missing = browserMissing();
if (missing) console.log(`SKIPPED: console admin suite — ${missing}`);

(missing ? describe.skip : describe)('the console’s admin pages', () => {
  let c: ConsoleApp;
  // A webhook receiver on a loopback port (allowed for this app only): the webhook-id of every delivery it got.
  let receiver: Server;
  const received: string[] = [];

  beforeAll(async () => {
    receiver = createServer((req: IncomingMessage, res) => {
      received.push(String(req.headers['webhook-id']));
      req.resume();
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    c = await startConsoleApp({ env: { WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1' } });
  }, 180_000);
  afterAll(async () => {
    await c?.close();
    receiver.closeAllConnections();
    await new Promise((resolve) => receiver.close(resolve));
  });

  const menuLinks = (page: Page) => page.getByRole('navigation', { name: 'Menu' }).getByRole('link').allTextContents();

  it('grants a custom role a permission through its checkbox: the API has it, and its user sees the page after signing in again', async () => {
    await request(c.t.http).post('/v1/roles').set(bearer(c.t.adminToken)).send({ id: 'desk-analyst', copyOf: 'analyst', name: 'Desk analyst' }).expect(201);
    const user = { username: `desk-${process.pid}`, password: 'Harbour-Lilac-Tundra-42' };
    await request(c.t.http)
      .post('/v1/users')
      .set(bearer(c.t.adminToken))
      .send({ ...user, role: 'desk-analyst' })
      .expect(201);
    const catalog = (await request(c.t.http).get('/v1/permissions').set(bearer(c.t.adminToken)).expect(200)).body as {
      items: { id: string; label: { en: string } }[];
    };
    const label = catalog.items.find((entry) => entry.id === 'projections.manage')?.label.en ?? 'projections.manage';

    const before = await c.open();
    await c.signIn(before, user);
    await expect(menuLinks(before)).resolves.not.toContain('Projections');

    const page = await c.open();
    await c.signIn(page, ADMIN);
    await page.goto(`${c.base}/console/#/admin/roles?role=desk-analyst`);
    const checkbox = page.getByRole('checkbox', { name: label, exact: true });
    await expect(checkbox.isChecked()).resolves.toBe(false);
    await checkbox.check();
    await screenshot(page, 'admin-roles');
    await page.getByRole('button', { name: 'Save role' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Saved: role desk-analyst');

    const role = (await request(c.t.http).get('/v1/roles/desk-analyst').set(bearer(c.t.adminToken)).expect(200)).body as { permissions: string[] };
    expect(role.permissions).toContain('projections.manage');

    const after = await c.open();
    await c.signIn(after, user);
    await expect(menuLinks(after)).resolves.toContain('Projections');
    await after.getByRole('link', { name: 'Projections' }).click();
    await after.getByTestId('projection-list').waitFor();
  }, 120_000);

  it('starts a projection rebuild and shows its progress until it is done', async () => {
    const sales = await c.t.createUser('sales');
    for (let i = 0; i < 3; i++) await c.t.registerCustomer(sales);
    const page = await c.open();
    await c.signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Projections' }).click();
    const row = page.locator('tr[data-projection="customer-profiles"]');
    await row.getByRole('button', { name: 'Rebuild' }).click();
    await row.getByRole('button', { name: 'Confirm' }).click();
    await row.locator('[data-state="done"]').waitFor({ timeout: 60_000 });
    await expect(row.getByRole('status').textContent()).resolves.toContain('Rebuild of customer-profiles: done');
    await screenshot(page, 'admin-projections');

    const { items } = (await request(c.t.http).get('/v1/admin/projections').set(bearer(c.t.adminToken)).expect(200)).body as {
      items: { name: string; rebuilding: boolean; lastRebuild: { state: string } | null }[];
    };
    expect(items.find((p) => p.name === 'customer-profiles')).toMatchObject({ rebuilding: false, lastRebuild: { state: 'done' } });
  }, 120_000);

  it('retries a parked saga reaction from the page: it is applied and leaves the parked list', async () => {
    // The pending-deal rule wants a tag on a customer already at the limit of ten: its reaction is parked.
    const sales = await c.t.createUser('sales');
    const { id } = await c.t.registerCustomer(sales);
    for (let i = 1; i <= 10; i++)
      await request(c.t.http)
        .post(`/v1/customers/${id}/tags`)
        .set(bearer(sales))
        .send({ tag: `t${i}` })
        .expect(200);
    await request(c.t.http)
      .post(`/v1/customers/${id}/follow-ups`)
      .set(bearer(sales))
      .send({ method: 'phone', content: 'quote', result: 'interested', outcomes: ['quote_sent'] })
      .expect(201);
    await sagasSettled(c.t);
    const listParked = async () =>
      (await request(c.t.http).get('/v1/admin/sagas/parked').set(bearer(c.t.adminToken)).expect(200)).body.items as { id: string; customerId: string }[];
    const parked = (await listParked()).find((p) => p.customerId === id);
    if (!parked) throw new Error('the reaction was not parked');
    await request(c.t.http).delete(`/v1/customers/${id}/tags/t1`).set(bearer(sales)).expect(200);

    const page = await c.open();
    await c.signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Parked reactions' }).click();
    const row = page.locator(`tr[data-parked="${parked.id}"]`);
    await row.waitFor();
    await screenshot(page, 'admin-sagas');
    await row.getByRole('button', { name: 'Retry' }).click();
    await row.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Applied: 1 event(s) appended');
    await row.waitFor({ state: 'detached' });
    expect((await listParked()).map((p) => p.id)).not.toContain(parked.id);
  }, 120_000);

  it('lists the users and creates one from the form', async () => {
    const page = await c.open();
    await c.signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Users' }).click();
    const form = page.getByRole('form', { name: 'New user' });
    const username = `made-in-console-${process.pid}`;
    await form.getByLabel('Username').fill(username);
    await form.getByLabel('Password', { exact: true }).fill('Saffron-Glacier-Piano-17');
    await form.getByLabel('Role', { exact: true }).selectOption('service');
    await form.getByRole('button', { name: 'Create user' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain(`User ${username} created.`);
    await page.locator(`tr[data-user="${username}"]`).waitFor();
    await screenshot(page, 'admin-users');
    const { items } = (await request(c.t.http).get('/v1/users').set(bearer(c.t.adminToken)).expect(200)).body as {
      items: { username: string; role: string }[];
    };
    expect(items.find((u) => u.username === username)).toMatchObject({ role: 'service' });
  }, 90_000);

  it('shows a non-admin no Admin section, and a direct URL says "not allowed"', async () => {
    const analyst = await c.t.createUser('analyst');
    const page = await c.open();
    await c.signIn(page, analyst);
    const nav = page.getByRole('navigation', { name: 'Menu' });
    await expect(nav.textContent()).resolves.not.toContain('Admin');
    await expect(menuLinks(page)).resolves.not.toContain('Users');
    for (const path of ['/admin/users', '/admin/roles', '/admin/projections', '/admin/sagas']) {
      await page.goto(`${c.base}/console/#${path}`);
      await expect(page.getByRole('alert').textContent()).resolves.toContain('Not allowed for your role');
    }
  }, 90_000);

  it('changes a rule from the page: a new version, listed in the version history', async () => {
    const page = await c.open();
    await c.signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Tag rules' }).click();
    const row = page.locator('tr[data-rule="churn-risk"]');
    await row.getByLabel('Window (days)').fill('45');
    await row.getByRole('button', { name: 'Save' }).click();
    await expect(row.getByRole('status').textContent()).resolves.toContain('churn-risk saved as version 2');
    const history = page.getByTestId('rule-history').locator('tr', { hasText: 'churn-risk' });
    await expect(history.first().textContent()).resolves.toContain('"windowDays":45');
    await screenshot(page, 'admin-rules');
    const { items } = (await request(c.t.http).get('/v1/admin/rules').set(bearer(c.t.adminToken)).expect(200)).body as {
      items: { id: string; version: number; windowDays?: number }[];
    };
    expect(items.find((r) => r.id === 'churn-risk')).toMatchObject({ version: 2, windowDays: 45 });
  }, 90_000);

  it('retires a tag only after a confirmation with a reason, and the tag leaves its customers', async () => {
    const sales = await c.t.createUser('sales');
    const { id } = await c.t.registerCustomer(sales);
    await request(c.t.http).post(`/v1/customers/${id}/tags`).set(bearer(sales)).send({ tag: 'old-channel' }).expect(200);
    await sagasSettled(c.t);

    const page = await c.open();
    await c.signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Tag library' }).click();
    const row = page.locator('tr[data-tag="old-channel"]');
    await row.getByRole('button', { name: 'Retire' }).click();
    const confirm = row.getByRole('button', { name: 'Confirm' });
    await screenshot(page, 'admin-tags');
    await confirm.click();
    await expect(
      row.getByLabel('Reason').evaluate((input) => (input as unknown as { validity: { valueMissing: boolean } }).validity.valueMissing),
    ).resolves.toBe(true);
    await row.getByLabel('Reason').fill('channel no longer used');
    await confirm.click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('old-channel retired: removed from 1 customers');

    const head = await c.t.headPosition();
    const customer = (await request(c.t.http).get(`/v1/customers/${id}`).set(bearer(c.t.adminToken)).set('x-min-position', String(head)).expect(200)).body as {
      tags: { tag: string }[];
    };
    expect(customer.tags.map((tag) => tag.tag)).not.toContain('old-channel');
  }, 90_000);

  it('registers a webhook with its secret shown once, and redelivers a delivery from its log', async () => {
    const page = await c.open();
    await c.signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Webhooks' }).click();
    const form = page.getByRole('form', { name: 'New webhook' });
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    await form.getByLabel('URL').fill(url);
    await form.getByRole('checkbox', { name: 'CustomerStatusChanged' }).uncheck();
    await form.getByRole('checkbox', { name: 'CustomerRegistered' }).check();
    await form.getByRole('button', { name: 'Register webhook' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/Signing secret of .* \(shown only now\): whsec_/);

    const sales = await c.t.createUser('sales');
    await c.t.registerCustomer(sales);
    await waitFor(() => received.length === 1, 'the first delivery');
    await page.getByRole('link', { name: url }).click();
    const row = page.getByTestId('delivery-list').locator(`tr[data-delivery="${received[0]}"]`);
    await expect(row.textContent()).resolves.toContain('delivered');
    await screenshot(page, 'admin-webhooks');
    await row.getByRole('button', { name: 'Redeliver' }).click();
    await row.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('is queued for delivery again');
    await waitFor(() => received.length === 2, 'the redelivery');
    expect(received[1]).toBe(received[0]);
  }, 90_000);

  it('subscribes the admin to a report, runs it now, and downloads it from the inbox', async () => {
    const page = await c.open();
    await c.signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Report delivery' }).click();
    const form = page.getByRole('form', { name: 'New subscription' });
    await form.getByLabel('Name').fill('Weekly tags');
    await form.getByLabel('Report').selectOption('tags');
    await form.getByLabel('Format').selectOption('csv');
    await form.getByRole('checkbox', { name: 'admin', exact: true }).check();
    await form.getByRole('button', { name: 'Subscribe' }).click();
    const row = page.locator('tr[data-subscription="Weekly tags"]');
    await row.getByRole('button', { name: 'Run now' }).click();
    // The status still reads "Subscription created." until the run answers.
    await until(async () => (await page.getByRole('status').textContent()) !== 'Subscription created.', 'the run to answer');
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/Run for .*: delivered, 1 recipient/);
    const item = page.getByTestId('report-inbox').locator('tr', { hasText: 'tags' });
    await screenshot(page, 'admin-report-delivery');
    const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
  }, 90_000);

  it('shows the API’s refusal of a taken username as its problem, with the status', async () => {
    const page = await c.open();
    await c.signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Users' }).click();
    const form = page.getByRole('form', { name: 'New user' });
    await form.getByLabel('Username').fill(ADMIN.username);
    await form.getByLabel('Password', { exact: true }).fill('Walnut-Comet-Ledger-64');
    await form.getByRole('button', { name: 'Create user' }).click();
    const alert = page.locator('[role="alert"][data-status="409"]');
    await alert.waitFor();
    await expect(page.getByRole('status').count()).resolves.toBe(0);
  }, 60_000);

  it('labels the Admin section in Chinese for a zh-CN browser', async () => {
    const page = await c.open({ locale: 'zh-CN' });
    await c.signIn(page, ADMIN);
    const nav = page.getByRole('navigation', { name: '菜单' });
    await expect(nav.locator('.nav-section').textContent()).resolves.toBe('系统管理');
    await nav.getByRole('link', { name: '角色与权限' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('角色与权限');
  }, 60_000);

  it.each(['/admin/users', '/admin/roles?role=admin', '/admin/projections', '/admin/webhooks'])(
    'keeps %s within a 768 px tablet width (wide tables scroll inside their frame)',
    async (path) => {
      const page = await c.open({ width: 768, height: 1024 });
      await c.signIn(page, ADMIN);
      await page.goto(`${c.base}/console/#${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('table, form').first().waitFor();
      await expect(page.evaluate<number>('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(768);
    },
    60_000,
  );
});

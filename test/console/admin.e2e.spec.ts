import request from 'supertest';
import type { Page } from 'playwright-core';
import { ADMIN } from '../e2e/support/test-app.js';
import { bearer } from '../e2e/support/bearer.js';
import { sagasSettled } from '../e2e/support/sagas-settled.js';
import { browserMissing } from './support/browser.js';
import { startConsoleApp, type ConsoleApp } from './support/console-app.js';
import { screenshot } from './support/screenshots.js';

// The console's admin pages in a real browser: a permission granted through the role editor's checkboxes reaches the
// API and the menu of that role's users; a projection rebuild polled to done; a parked saga reaction retried off
// the parked list; and no admin page for a role without the permissions.

const missing = browserMissing();
if (missing) console.log(`SKIPPED: console admin suite — ${missing}`);

(missing ? describe.skip : describe)('the console’s admin pages', () => {
  let c: ConsoleApp;

  beforeAll(async () => {
    c = await startConsoleApp();
  }, 180_000);
  afterAll(() => c?.close());

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
});

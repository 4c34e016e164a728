import type { Page } from 'playwright-core';
import request from 'supertest';
import { bearer } from '../e2e/support/bearer.js';
import { sagasSettled } from '../e2e/support/sagas-settled.js';
import { customerBody, type TestUser } from '../e2e/support/test-app.js';
import { browserMissing } from './support/browser.js';
import { until } from './support/until.js';
import { startConsoleApp, type ConsoleApp } from './support/console-app.js';
import { screenshot } from './support/screenshots.js';

// Customer 360 in a real browser: the list with its filters and the API's keyset pages, and a profile shown
// exactly as the API answers it for the role (masked phone for a service agent, value hidden for it).

const missing = browserMissing();
if (missing) console.log(`SKIPPED: console customer-360 suite — ${missing}`);

const rowsToBe = (page: Page, count: number) =>
  until(async () => (await page.locator('[data-testid="customer-list"] tbody tr').count()) === count, `${count} rows in the customer list`);

(missing ? describe.skip : describe)('the console’s customers', () => {
  let c: ConsoleApp;
  let sales: TestUser;
  let service: TestUser;
  let customerId: string;
  const phone = '13912345678';

  beforeAll(async () => {
    c = await startConsoleApp();
    sales = await c.t.createUser('sales');
    service = await c.t.createUser('service');
    customerId = (
      await c.t.registerCustomer(sales, customerBody({ name: 'Suzhou Silk Works', contact: { name: 'Li Lei', phone, email: 'li.lei@silk.example' } }))
    ).id;
    const post = (path: string, body: object) => request(c.t.http).post(`/v1/customers/${customerId}/${path}`).set(bearer(sales)).send(body);
    expect((await post('follow-ups', { method: 'visit', content: 'sent the quote', result: 'interested', outcomes: ['quote_sent'] })).status).toBe(201);
    expect((await post('orders', { orderId: 'SO-1', amount: 6_000_000, currency: 'CNY' })).status).toBeLessThan(300);
    expect((await post('tags', { tag: 'vip' })).status).toBeLessThan(300);
    for (let n = 0; n < 21; n++) await c.t.registerCustomer(sales, customerBody({ name: `Filler ${String(n).padStart(2, '0')}`, status: undefined }));
    const head = await sagasSettled(c.t);
    for (const read of [`/v1/customers/${customerId}`, `/v1/customers/${customerId}/follow-ups`, `/v1/customers/${customerId}/lifecycle`]) {
      await request(c.t.http).get(read).set(bearer(sales)).set('x-min-position', String(head)).expect(200);
    }
  }, 180_000);
  afterAll(() => c?.close());

  it('shows a service agent the phone masked exactly as the API masks it for that role, and the owner in clear', async () => {
    const asService = (await request(c.t.http).get(`/v1/customers/${customerId}`).set(bearer(service)).expect(200)).body;
    expect(asService.contact.phone).toBe('139****5678');

    const page = await c.open();
    await c.signIn(page, service);
    await page.goto(`${c.base}/console/#/customers?q=Suzhou`);
    const row = page.getByTestId('customer-list').locator('tbody tr', { hasText: 'Suzhou Silk Works' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(asService.contact.phone);
    await row.getByRole('link', { name: 'Suzhou Silk Works' }).click();
    await expect(page.getByTestId('contact-phone').textContent()).resolves.toBe(asService.contact.phone);
    await expect(page.getByTestId('contact-email').textContent()).resolves.toBe(asService.contact.email);
    // A service agent's role hides value: the API leaves it out, the page says so.
    expect(asService.value).toBeUndefined();
    await expect(page.getByText('Not shown for your role').count()).resolves.toBe(1);

    const owner = await c.open();
    await c.signIn(owner, sales);
    await owner.goto(`${c.base}/console/#/customers/${customerId}`);
    await expect(owner.getByTestId('contact-phone').textContent()).resolves.toBe(phone);
  }, 90_000);

  it('shows the owner the profile with tags and the rule that set each, value tier, churn risk, follow-ups and lifecycle', async () => {
    const api = (await request(c.t.http).get(`/v1/customers/${customerId}`).set(bearer(sales)).expect(200)).body;
    const page = await c.open();
    await c.signIn(page, sales);
    await page.goto(`${c.base}/console/#/customers/${customerId}`);
    const tags = page.getByTestId('tags');
    await tags.waitFor();
    await expect(tags.textContent()).resolves.toContain('pending-deal set by rule pending-deal');
    await expect(tags.textContent()).resolves.toContain('vip manual');
    await expect(page.getByTestId('customer-360').textContent()).resolves.toContain('Potential');
    await expect(page.getByTestId('churn-risk').textContent()).resolves.toContain(`Score ${api.churnRisk.score}`);
    await expect(page.getByTestId('follow-ups').textContent()).resolves.toContain('sent the quote');
    await page.getByTestId('lifecycle-stage').waitFor();
    await screenshot(page, 'customer-360');
  }, 90_000);

  it('filters by status and tag, and pages with the API’s cursor', async () => {
    const page = await c.open();
    await c.signIn(page, sales);
    await page.getByTestId('customer-list').waitFor();
    const rows = page.getByTestId('customer-list').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(20);
    await screenshot(page, 'customer-list');
    await page.getByRole('link', { name: 'Next page' }).click();
    await rowsToBe(page, 2);

    await page.getByLabel('Tag').fill('vip');
    await page.getByRole('button', { name: 'Apply' }).click();
    await rowsToBe(page, 1);
    await expect(rows.first().textContent()).resolves.toContain('Suzhou Silk Works');

    await page.getByLabel('Tag').fill('');
    await page.getByLabel('Status').selectOption('won');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('No customer matches.').waitFor();
  }, 90_000);

  it('answers a customer the role may not see as the API does (404 for another rep’s customer)', async () => {
    const other = await c.t.createUser('sales');
    const page = await c.open();
    await c.signIn(page, other);
    await page.goto(`${c.base}/console/#/customers/${customerId}`);
    await expect(page.getByRole('alert').getAttribute('data-status')).resolves.toBe('404');
  }, 60_000);
});

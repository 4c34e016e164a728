import { readFileSync } from 'node:fs';
import request from 'supertest';
import { ManualClock } from '#shared';
import { bearer } from '../e2e/support/bearer.js';
import { customerBody, type TestUser } from '../e2e/support/test-app.js';
import { browserMissing } from './support/browser.js';
import { startConsoleApp, type ConsoleApp } from './support/console-app.js';
import { screenshot } from './support/screenshots.js';

// The auditor's timeline in a real browser: a customer made through the API in 2024 (the store's clock set back),
// moved through the time travel to an earlier instant, compared field by field, its chain verified and its
// signed export downloaded.

const missing = browserMissing();
if (missing) console.log(`SKIPPED: console timeline suite — ${missing}`);

(missing ? describe.skip : describe)('the auditor’s timeline', () => {
  let c: ConsoleApp;
  let auditor: TestUser;
  let customerId: string;

  beforeAll(async () => {
    const clock = new ManualClock(new Date('2024-01-10T09:00:00Z'));
    c = await startConsoleApp({ clock });
    const sales = await c.t.createUser('sales');
    customerId = (await c.t.registerCustomer(sales, customerBody({ name: 'Hangzhou Lantern Trading' }))).id;
    clock.set(new Date('2024-03-01T09:00:00Z'));
    await request(c.t.http).post(`/v1/customers/${customerId}/status`).set(bearer(sales)).send({ to: 'qualified', reason: 'budget confirmed' }).expect(200);
    clock.set(new Date('2024-06-01T09:00:00Z'));
    await request(c.t.http).post(`/v1/customers/${customerId}/status`).set(bearer(sales)).send({ to: 'won', reason: 'contract signed' }).expect(200);
    clock.set(new Date());
    auditor = await c.t.createUser('auditor');
  }, 120_000);
  afterAll(() => c?.close());

  const statusRow = (page: import('playwright-core').Page) => page.getByTestId('as-of').locator('tr[data-field="status"] td');

  async function openTimeline() {
    const page = await c.open({ timezoneId: 'UTC' });
    await c.signIn(page, auditor);
    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.getByLabel('Customer id').fill(customerId);
    await page.getByRole('button', { name: 'Open' }).click();
    await page.getByTestId('history').waitFor();
    await expect(statusRow(page).textContent()).resolves.toBe('Won');
    return page;
  }

  it('lists every event with actor, business and record time, and reason', async () => {
    const page = await openTimeline();
    const rows = page.getByTestId('history').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(3);
    const qualified = rows.nth(1);
    await expect(qualified.textContent()).resolves.toContain('CustomerStatusChanged');
    await expect(qualified.textContent()).resolves.toContain('Prospect → Qualified');
    await expect(qualified.textContent()).resolves.toContain('budget confirmed');
    await expect(qualified.textContent()).resolves.toContain('(sales)');
    await expect(qualified.textContent()).resolves.toContain('Mar 1, 2024');
  }, 60_000);

  it('shows the earlier status when the time travel goes back to a past date, and the field-by-field diff', async () => {
    const page = await openTimeline();
    await page.locator('input[name="at"]').fill('2024-04-15T12:00:00');
    await page.getByRole('button', { name: 'Show' }).first().click();
    await page.getByTestId('as-of').locator('tr[data-field="status"] td', { hasText: 'Qualified' }).waitFor();

    await page.locator('input[name="compareAt"]').fill('2024-02-01T00:00:00');
    await page.getByRole('button', { name: 'Show' }).nth(1).click();
    const diff = page.getByTestId('as-of-diff').locator('tr[data-field="status"]');
    await diff.waitFor();
    await expect(diff.locator('td').allTextContents()).resolves.toEqual(['Prospect', 'Qualified']);
    await screenshot(page, 'timeline');
  }, 60_000);

  it('moves with the slider event by event', async () => {
    const page = await openTimeline();
    await page.getByLabel('Event to show the customer after').fill('0');
    await page.getByTestId('as-of').locator('tr[data-field="status"] td', { hasText: 'Prospect' }).waitFor();
    await expect(page.getByTestId('slider-position').textContent()).resolves.toContain('CustomerRegistered');
  }, 60_000);

  it('shows the chain verification the API answers', async () => {
    const page = await openTimeline();
    const verify = await request(c.t.http).get(`/v1/customers/${customerId}/verify`).set(bearer(auditor)).expect(200);
    const badge = page.getByTestId('chain-badge');
    await badge.waitFor();
    await expect(badge.getAttribute('data-valid')).resolves.toBe(String(verify.body.valid));
    await expect(badge.textContent()).resolves.toContain(`Hash chain verified · ${verify.body.events} events`);
  }, 60_000);

  it('downloads the signed export the API serves', async () => {
    const page = await openTimeline();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the signed export (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe(`customer-${customerId}-history.csv`);
    const saved = readFileSync((await download.path()) as string, 'utf8');
    const fromApi = await request(c.t.http).get(`/v1/customers/${customerId}/history?format=csv`).set(bearer(auditor)).buffer(true).expect(200);
    expect(saved.split('\n')[0]).toBe(fromApi.text.split('\n')[0]);
    expect(saved).toBe(fromApi.text);
  }, 60_000);

  it('answers an unknown customer id as the API does: not found', async () => {
    const page = await c.open();
    await c.signIn(page, auditor);
    await page.goto(`${c.base}/console/#/timeline/00000000-0000-4000-8000-000000000001`);
    await expect(page.getByRole('alert').first().getAttribute('data-status')).resolves.toBe('404');
  }, 60_000);
});

import { readFileSync } from 'node:fs';
import request from 'supertest';
import type { Page } from 'playwright-core';
import type { Role } from '#domain';
import { bearer } from '../e2e/support/bearer.js';
import { customerBody, type TestUser } from '../e2e/support/test-app.js';
import { browserMissing } from './support/browser.js';
import { startConsoleApp, type ConsoleApp } from './support/console-app.js';
import { screenshot } from './support/screenshots.js';

// The funnel as an analyst sees it in the console: customers with known statuses are seeded through the API, and
// the page's numbers (the table under the chart, and the chart's own data) must equal the API's answer and the
// counts seeded. Exports are the API's files; a sales rep's pivot counts only its own customers.

const missing = browserMissing();
if (missing) console.log(`SKIPPED: console analytics suite — ${missing}`);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

(missing ? describe.skip : describe)('the console’s funnel and pivot', () => {
  let c: ConsoleApp;
  let analyst: TestUser;
  let salesA: TestUser;
  let salesB: TestUser;
  let position = 0;

  const post = async (who: TestUser, url: string, body: object) => {
    const response = await request(c.t.http).post(url).set(bearer(who)).send(body);
    expect([200, 201]).toContain(response.status);
    position = Math.max(position, response.body.position ?? 0);
    return response.body as { id: string };
  };
  const seed = async (owner: TestUser, industry: string, path: string[]) => {
    const { id } = await post(owner, '/v1/customers', customerBody({ industry }));
    for (const to of path) await post(owner, `/v1/customers/${id}/status`, { to, reason: `moved to ${to}` });
  };
  const apiGet = async (who: TestUser, url: string) =>
    (await request(c.t.http).get(url).set(bearer(who)).set('x-min-position', String(position)).expect(200)).body;

  const signedIn = async (user: TestUser, path: string) => {
    const page = await c.open();
    await c.signIn(page, user);
    await page.goto(`${c.base}/console/#${path}`);
    return page;
  };
  const cell = (page: Page, group: string, field: string) =>
    page.getByTestId('funnel-table').locator(`tr[data-group="${group}"] td[data-field="${field}"]`).textContent();

  beforeAll(async () => {
    c = await startConsoleApp();
    analyst = await c.t.createUser('analyst');
    salesA = await c.t.createUser('sales');
    salesB = await c.t.createUser('sales');
    // Seeded statuses: internet prospect, qualified, won (through qualified); retail won, churned.
    await seed(salesA, 'internet', []);
    await seed(salesA, 'internet', ['qualified']);
    await seed(salesA, 'internet', ['qualified', 'won']);
    await seed(salesB, 'retail', ['won']);
    await seed(salesB, 'retail', ['churned']);
  }, 180_000);
  afterAll(() => c?.close());

  it('shows an analyst the funnel chart and table with the API’s numbers and the statuses seeded', async () => {
    const answer = await apiGet(analyst, '/v1/analytics/funnel');
    const [all] = answer.groups;
    expect(all).toMatchObject({ key: 'all', registered: 5, current: { prospect: 1, qualified: 1, won: 2, churned: 1 } });

    const page = await signedIn(analyst, '/');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Analytics' }).click();
    await page.getByTestId('funnel-table').waitFor();
    expect(await cell(page, 'all', 'registered')).toBe('5');
    for (const stage of ['prospect', 'qualified', 'won', 'churned']) {
      expect(await cell(page, 'all', `current.${stage}`)).toBe(String(all.current[stage]));
      expect(await cell(page, 'all', `reached.${stage}`)).toBe(String(all.reached[stage]));
    }
    expect({ won: await cell(page, 'all', 'current.won'), churned: await cell(page, 'all', 'current.churned') }).toEqual({ won: '2', churned: '1' });
    // The chart draws the same stages reached (its data, as ECharts describes it in the chart's aria-label).
    const described = (await page.getByTestId('chart-funnel').getAttribute('aria-label')) ?? '';
    for (const [stage, label] of [
      ['prospect', 'Prospect'],
      ['qualified', 'Qualified'],
      ['won', 'Won'],
    ]) {
      expect(described).toContain(`${label} is ${all.reached[stage]}`);
    }
    await screenshot(page, 'analytics-funnel');
  }, 90_000);

  it('groups the funnel by industry: one group per industry seeded, each with the API’s numbers', async () => {
    const answer = await apiGet(analyst, '/v1/analytics/funnel?groupBy=industry');
    const page = await signedIn(analyst, '/analytics/funnel');
    await page.getByTestId('funnel-table').waitFor();
    await page.getByLabel('Group by').selectOption('industry');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.locator('tr[data-group="retail"]').waitFor();
    const groups = await page
      .getByTestId('funnel-table')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-group')));
    expect(groups.sort()).toEqual(['internet', 'retail']);
    expect(answer.groups.map((group: { key: string }) => group.key).sort()).toEqual(['internet', 'retail']);
    for (const group of answer.groups) {
      expect(await cell(page, group.key, 'registered')).toBe(String(group.registered));
      expect(await cell(page, group.key, 'current.won')).toBe(String(group.current.won));
    }
    expect(await cell(page, 'internet', 'registered')).toBe('3');
    expect(await cell(page, 'retail', 'current.churned')).toBe('1');
    const described = (await page.getByTestId('chart-funnel').getAttribute('aria-label')) ?? '';
    expect(described).toContain('Internet');
    expect(described).toContain('Retail');
    await screenshot(page, 'analytics-funnel-grouped');
  }, 90_000);

  it('downloads the chart as a non-empty PNG image', async () => {
    const page = await signedIn(analyst, '/analytics/funnel');
    await page.getByTestId('funnel-table').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Chart as PNG' }).click()]);
    expect(download.suggestedFilename()).toBe('funnel.png');
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(bytes.length).toBeGreaterThan(1000);
  }, 90_000);

  it('downloads the XLSX the API served, under the API’s filename', async () => {
    const page = await signedIn(analyst, '/analytics/funnel');
    await page.getByTestId('funnel-table').waitFor();
    const [download, response] = await Promise.all([
      page.waitForEvent('download'),
      page.waitForResponse((r) => r.url().includes('/v1/analytics/funnel') && r.url().includes('format=xlsx')),
      page.getByRole('button', { name: 'Data as XLSX' }).click(),
    ]);
    expect(response.headers()['content-type']).toBe(XLSX);
    expect(response.headers()['content-disposition']).toContain(`filename="${download.suggestedFilename()}"`);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = readFileSync(await download.path());
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes.length).toBe(Number(response.headers()['content-length']));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  }, 90_000);

  it('runs a pivot of customers by status with the API’s totals', async () => {
    const page = await signedIn(analyst, '/reports');
    await page.getByRole('button', { name: 'Run' }).first().click();
    const total = page.getByTestId('pivot-total');
    await total.waitFor();
    expect(await total.textContent()).toBe('5');
    const rows = await page
      .getByTestId('pivot-table')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.textContent));
    expect(rows.sort()).toEqual(['Churned1', 'Prospect1', 'Qualified1', 'Won2']);
    await page.getByLabel('Save as').fill('Customers by status');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('saved-reports').getByText('Customers by status').waitFor();
    await screenshot(page, 'analytics-pivot');
  }, 90_000);

  it('counts only a sales rep’s own customers in its pivot, and gives it no analytics menu', async () => {
    const page = await signedIn(salesA, '/');
    const menu = page.getByRole('navigation', { name: 'Menu' });
    await menu.getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('button', { name: 'Run' }).first().click();
    const total = page.getByTestId('pivot-total');
    await total.waitFor();
    expect(await total.textContent()).toBe('3');
    const rows = await page
      .getByTestId('pivot-table')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.textContent));
    expect(rows.sort()).toEqual(['Prospect1', 'Qualified1', 'Won1']);
    await expect(menu.getByRole('link', { name: 'Analytics' }).count()).resolves.toBe(0);
  }, 90_000);

  it('shows a role that hides value the API’s refusal of spend in the pivot, and still counts for it', async () => {
    await request(c.t.http)
      .post('/v1/roles')
      .set(bearer(c.t.adminToken))
      .send({
        id: 'value-blind-analyst',
        name: 'Value-blind analyst',
        copyOf: 'analyst',
        fields: { contactInClear: 'own', sensitive: false, hidden: ['value'] },
      })
      .expect(201);
    const valueBlind = await c.t.createUser('value-blind-analyst' as Role);
    const page = await signedIn(valueBlind, '/reports');
    await page.getByRole('checkbox', { name: 'Spend' }).check();
    await page.getByRole('button', { name: 'Run' }).first().click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Not allowed for your role');
    expect(await alert.textContent()).toMatch(/does not see value/);
    await page.getByRole('checkbox', { name: 'Spend' }).uncheck();
    await page.getByRole('button', { name: 'Run' }).first().click();
    await page.getByTestId('pivot-total').waitFor();
    expect(await page.getByTestId('pivot-total').textContent()).toBe('5');
  }, 90_000);
});

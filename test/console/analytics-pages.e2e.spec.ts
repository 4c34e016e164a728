import request from 'supertest';
import { ManualClock } from '#shared';
import { bearer } from '../e2e/support/bearer.js';
import { customerBody, type TestUser } from '../e2e/support/test-app.js';
import { browserMissing } from './support/browser.js';
import { until } from './support/until.js';
import { startConsoleApp, type ConsoleApp } from './support/console-app.js';
import { screenshot } from './support/screenshots.js';

// The other analytics pages against the API's answers: the industry pie, the value trend, RFM, lifecycle,
// service quality, the churn-risk ranking; labels in Chinese; charts that follow the window to a tablet width.
// The customers are registered 100 days before "now", so that they are quiet long enough to rank for churn risk.

const DAY = 86_400_000;
const now = new Date();
const clock = new ManualClock(new Date(now.getTime() - 100 * DAY));

const missing = browserMissing();
if (missing) console.log(`SKIPPED: console analytics pages suite — ${missing}`);

(missing ? describe.skip : describe)('the console’s analytics pages', () => {
  let c: ConsoleApp;
  let analyst: TestUser;
  let position = 0;

  const post = async (who: TestUser, url: string, body: object) => {
    const response = await request(c.t.http).post(url).set(bearer(who)).send(body);
    expect([200, 201]).toContain(response.status);
    position = Math.max(position, response.body.position ?? 0);
    return response.body as { id: string };
  };
  const apiGet = async (url: string) => (await request(c.t.http).get(url).set(bearer(analyst)).set('x-min-position', String(position)).expect(200)).body;
  const signedIn = async (path: string, locale?: string, width?: number) => {
    const page = await c.open({ locale, width });
    await c.signIn(page, analyst);
    await page.goto(`${c.base}/console/#${path}`);
    return page;
  };

  beforeAll(async () => {
    c = await startConsoleApp({ clock });
    const sales = await c.t.createUser('sales');
    for (const [industry, amounts] of [
      ['internet', [1_200_000, 300_000]],
      ['internet', [50_000]],
      ['retail', []],
    ] as const) {
      const { id } = await post(sales, '/v1/customers', customerBody({ industry }));
      for (const [index, amount] of amounts.entries()) {
        await post(sales, `/v1/customers/${id}/orders`, { orderId: `o-${id}-${index}`, amount, currency: 'CNY', orderedAt: clock.now().toISOString() });
      }
      if (industry === 'retail') {
        const call = { method: 'phone', content: 'call', result: 'needs_follow_up' };
        await post(sales, `/v1/customers/${id}/follow-ups`, { ...call, kind: 'complaint', category: 'delivery', satisfaction: 2 });
        await post(sales, `/v1/customers/${id}/follow-ups`, { ...call, kind: 'inquiry', satisfaction: 4 });
      }
    }
    clock.set(now);
    analyst = await c.t.createUser('analyst');
  }, 180_000);
  afterAll(() => c?.close());

  it('shows the industry pie with the API’s counts per industry', async () => {
    const answer = await apiGet('/v1/analytics/industry-distribution');
    expect(answer.total).toBe(3);
    const page = await signedIn('/analytics/industries');
    const table = page.getByTestId('industry-table');
    await table.waitFor();
    for (const item of answer.items) {
      await expect(table.locator(`tr[data-industry="${item.industry}"] td`).first().textContent()).resolves.toBe(String(item.customers));
    }
    await expect(table.locator('tr[data-industry="internet"] td').first().textContent()).resolves.toBe('2');
    const described = (await page.getByTestId('chart-industry-distribution').getAttribute('aria-label')) ?? '';
    expect(described).toContain('Internet is 2');
    expect(described).toContain('Retail is 1');
    await screenshot(page, 'analytics-industries');
  }, 90_000);

  it('shows the value trend in yuan, as the API sums the orders (in fen)', async () => {
    const answer = await apiGet('/v1/analytics/value-trend');
    const [point] = answer.items;
    expect(point).toMatchObject({ currency: 'CNY', amount: 1_550_000, orders: 3 });
    const page = await signedIn('/analytics/value-trend');
    const row = page.getByTestId('value-trend-table').locator('tbody tr').first();
    await row.waitFor();
    await expect(row.textContent()).resolves.toBe(`${point.period}CN¥15,500.003`);
    await page.getByTestId('chart-value-trend').waitFor();
    await screenshot(page, 'analytics-value-trend');
  }, 90_000);

  it('shows the RFM grid and every segment with the API’s customers', async () => {
    const answer = await apiGet('/v1/analytics/rfm');
    const page = await signedIn('/analytics/rfm');
    const segments = page.getByTestId('rfm-segments');
    await segments.waitFor();
    await expect(segments.locator('tbody tr').count()).resolves.toBe(8);
    for (const row of answer.segments) {
      await expect(segments.locator(`tr[data-segment="${row.segment}"] td`).first().textContent()).resolves.toBe(String(row.customers));
    }
    await expect(segments.locator('tfoot td').first().textContent()).resolves.toBe('2');
    await page.getByTestId('chart-rfm').waitFor();
    await screenshot(page, 'analytics-rfm');
  }, 90_000);

  it('shows the lifecycle months and service quality as the API counts them', async () => {
    const lifecycle = await apiGet('/v1/analytics/lifecycle');
    const page = await signedIn('/analytics/lifecycle');
    const months = page.getByTestId('lifecycle-months');
    await months.waitFor();
    await expect(months.locator('tbody tr').count()).resolves.toBe(lifecycle.months.length);
    const last = lifecycle.months[lifecycle.months.length - 1];
    const lastRow = await months.locator('tbody tr').last().textContent();
    expect(lastRow).toBe(`${last.month}${['prospect', 'new', 'active', 'silent', 'lost'].map((stage) => last.stages[stage]).join('')}`);
    await screenshot(page, 'analytics-lifecycle');

    const service = await apiGet('/v1/analytics/service');
    expect(service.complaints).toMatchObject({ total: 1, byCategory: [{ category: 'delivery', count: 1, open: 1 }] });
    await page.getByRole('link', { name: 'Service quality' }).click();
    const categories = page.getByTestId('complaint-categories');
    await categories.waitFor();
    await expect(categories.locator('tbody tr').allTextContents()).resolves.toEqual(['Delivery11']);
    await expect(page.getByTestId('service-cases').locator('dd').allTextContents()).resolves.toEqual(
      service.cases.map((kind: { count: number }) => String(kind.count)),
    );
    await page.getByTestId('chart-service-quality').waitFor();
    await screenshot(page, 'analytics-service');
  }, 90_000);

  it('ranks churn risk with reasons, each customer linking to its page', async () => {
    const answer = await apiGet('/v1/analytics/churn-risk?limit=50');
    const page = await signedIn('/churn-risk');
    const table = page.getByTestId('churn-risk-table');
    await table.waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(answer.items.length);
    const [first] = answer.items;
    expect(first).toBeDefined();
    await expect(table.locator('tbody tr').first().getByRole('link').getAttribute('href')).resolves.toBe(`#/customers/${first.id}`);
    await expect(table.locator('tbody tr').first().locator('td').nth(3).textContent()).resolves.toBe(String(first.churnRisk.score));
    await expect(table.locator('tbody tr').first().locator('.reasons li').allTextContents()).resolves.toEqual(first.churnRisk.reasons);
    await screenshot(page, 'analytics-churn-risk');
  }, 90_000);

  it('labels the pages in Chinese from the label table', async () => {
    const page = await signedIn('/analytics/industries', 'zh-CN');
    await page.getByTestId('industry-table').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('数据分析');
    await expect(page.getByTestId('industry-table').locator('tr[data-industry="internet"] th').textContent()).resolves.toBe('互联网');
    await expect(page.getByRole('link', { name: '销售漏斗' }).count()).resolves.toBe(1);
  }, 90_000);

  it('redraws a chart to the window’s width, down to a 768 px tablet', async () => {
    const page = await signedIn('/analytics/industries');
    const chart = page.getByTestId('chart-industry-distribution');
    await page.getByTestId('industry-table').waitFor();
    const wide = (await chart.locator('canvas').boundingBox())?.width ?? 0;
    await page.setViewportSize({ width: 768, height: 1024 });
    // ECharts redraws on the ResizeObserver's next frame: wait for the canvas to follow.
    await until(async () => ((await chart.locator('canvas').boundingBox())?.width ?? wide) < wide, 'the chart to narrow');
    const narrow = (await chart.locator('canvas').boundingBox())?.width ?? 0;
    expect(narrow).toBeLessThan(768);
    expect(narrow).toBeGreaterThan(600);
    expect(wide).toBeGreaterThan(narrow);
  }, 90_000);
});

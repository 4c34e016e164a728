import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { ManualClock } from '#shared';
import { binaryBody } from './support/binary-body.js';
import { bearer } from './support/bearer.js';
import { inkShare } from './support/png-pixels.js';
import { customerBody, startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// ?format=pdf on the analytics routes: a PDF with the CJK font embedded (subset, so it stays small),
// whose first page, rendered by pdftoppm, is not blank. SAVE_REPORT_PAGES=1 keeps the funnel's page
// as docs/reports/funnel-page1.png.

const NOW = new Date('2024-06-01T08:00:00.000Z');
const hasPdftoppm = spawnSync('pdftoppm', ['-v']).error === undefined;
if (!hasPdftoppm) console.log('exports-pdf: pdftoppm (poppler-utils) is missing: PDFs are checked, their pages not rendered');

describe('PDF reports (e2e)', () => {
  let t: TestApp;
  let manager: TestUser;
  let analyst: TestUser;
  let position = 0;
  const work = mkdtempSync(join(tmpdir(), 'dossier-pdf-'));

  const pdfOf = async (user: TestUser, url: string, language?: string): Promise<Buffer> => {
    let call = request(t.http).get(url).set(bearer(user)).set('x-min-position', String(position));
    if (language) call = call.set('accept-language', language);
    const response = await call.buffer(true).parse(binaryBody).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    return response.body as Buffer;
  };
  const post = async (user: TestUser, url: string, body: object) => {
    const response = await request(t.http).post(url).set(bearer(user)).send(body);
    expect([200, 201]).toContain(response.status);
    position = Math.max(position, response.body.position ?? 0);
    return response.body as { id: string };
  };
  /** Page 1 rendered at 50 dpi: the share of its pixels that are not white. */
  const inkOnPageOne = (pdf: Buffer, name: string): number => {
    writeFileSync(join(work, `${name}.pdf`), pdf);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', join(work, `${name}.pdf`), join(work, name)]);
    return inkShare(readFileSync(join(work, `${name}-1.png`)));
  };

  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock(NOW) });
    const sales = await t.createUser('sales', 'east');
    manager = await t.createUser('manager', 'east');
    analyst = await t.createUser('analyst');
    const industries = ['retail', 'retail', 'internet', 'finance', 'manufacturing'];
    for (const [i, industry] of industries.entries()) {
      const { id } = await post(sales, '/v1/customers', customerBody({ name: `客戶 ${i}`, industry }));
      await post(sales, `/v1/customers/${id}/orders`, { orderId: `SO-${i}`, amount: 1_000_000 * (i + 1), orderedAt: `2024-0${i + 1}-10T02:00:00.000Z` });
      if (i < 3) await post(sales, `/v1/customers/${id}/status`, { to: 'qualified', reason: '預算確認' });
      if (i < 1) await post(sales, `/v1/customers/${id}/status`, { to: 'won', reason: '簽約' });
      await post(sales, `/v1/customers/${id}/follow-ups`, { at: '2024-01-15T02:00:00.000Z', method: 'phone', content: '初次聯繫', result: 'needs_follow_up' });
    }
  });

  afterAll(async () => {
    await t.close({ removeData: true });
    rmSync(work, { recursive: true, force: true });
  });

  it.each([
    ['funnel', '/v1/analytics/funnel?groupBy=industry&format=pdf'],
    ['industry-distribution', '/v1/analytics/industry-distribution?format=pdf'],
    ['value-trend', '/v1/analytics/value-trend?granularity=quarter&format=pdf'],
    ['churn-risk', '/v1/analytics/churn-risk?format=pdf'],
  ])('renders the %s report as a small A4 PDF with the simplified Chinese font embedded, its first page not blank', async (name, url) => {
    const pdf = await pdfOf(analyst, url, 'zh-CN');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/FontName \/[A-Z]{6}\+NotoSansHans-Regular/);
    expect(text).toMatch(/\/FontFile3/);
    expect(text).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    // The whole font is 8 MB: only the glyphs used are embedded.
    expect(pdf.length).toBeLessThan(400_000);
    if (!hasPdftoppm) return;
    expect(inkOnPageOne(pdf, name)).toBeGreaterThan(0.01);
    if (name === 'funnel' && process.env.SAVE_REPORT_PAGES) {
      mkdirSync('docs/reports', { recursive: true });
      copyFileSync(join(work, `${name}-1.png`), 'docs/reports/funnel-page1.png');
    }
  });

  it('embeds the traditional font for zh-TW and prints the caller scope and the generation time', async () => {
    const pdf = await pdfOf(manager, '/v1/analytics/funnel?from=2024-01-01&to=2024-07-01&format=pdf', 'zh-TW');
    expect(pdf.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+NotoSansHant-Regular/);
    if (hasPdftoppm) expect(inkOnPageOne(pdf, 'funnel-hant')).toBeGreaterThan(0.01);
    if (spawnSync('pdftotext', ['-v']).error === undefined) {
      writeFileSync(join(work, 'scope.pdf'), pdf);
      const text = execFileSync('pdftotext', [join(work, 'scope.pdf'), '-']).toString();
      expect(text).toContain('團隊 east, 2024-01-01 – 2024-07-01');
      // The clock's 08:00Z, in Shanghai.
      expect(text).toContain('2024-06-01 16:00');
      expect(text).toMatch(/第\s*1\s*\/\s*1\s*頁/);
    }
  });

  it('an empty scope still renders a page that says so', async () => {
    const lonely = await t.createUser('manager', 'nobody-here');
    const pdf = await pdfOf(lonely, '/v1/analytics/churn-risk?format=pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (hasPdftoppm) expect(inkOnPageOne(pdf, 'empty')).toBeGreaterThan(0.001);
  });
});

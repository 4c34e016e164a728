import ExcelJS from 'exceljs';
import request from 'supertest';
import { ManualClock } from '#shared';
import { binaryBody } from './support/binary-body.js';
import { bearer } from './support/bearer.js';
import { customerBody, startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// ?format=xlsx over HTTP, parsed back with exceljs: typed cells, headers in the asked language,
// frozen header row, auto-filter, the same masking as JSON, formulas neutralised, the funnel's pivot sheet.

const NOW = new Date('2024-06-01T08:00:00.000Z');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('XLSX exports (e2e)', () => {
  let t: TestApp;
  let sales: TestUser;
  let service: TestUser;
  let analyst: TestUser;
  let auditor: TestUser;
  let position = 0;
  let alphaId = '';

  const get = (user: TestUser | string, url: string, language?: string) => {
    const call = request(t.http).get(url).set(bearer(user)).set('x-min-position', String(position));
    return language ? call.set('accept-language', language) : call;
  };
  const workbookOf = async (user: TestUser | string, url: string, language?: string) => {
    const response = await get(user, url, language).buffer(true).parse(binaryBody).expect(200);
    expect(response.headers['content-type']).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ArrayBuffer);
    return workbook;
  };
  const post = async (user: TestUser | string, url: string, body: object) => {
    const response = await request(t.http).post(url).set(bearer(user)).send(body);
    expect([200, 201]).toContain(response.status);
    position = Math.max(position, response.body.position ?? 0);
    return response.body as { id: string };
  };
  const headers = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
  const rowOf = (sheet: ExcelJS.Worksheet, column: string, value: unknown) => {
    const index = headers(sheet).indexOf(column) + 1;
    for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(index).value === value) return sheet.getRow(r);
    throw new Error(`no row with ${column} = ${String(value)}`);
  };
  const cellOf = (sheet: ExcelJS.Worksheet, row: ExcelJS.Row, column: string) => row.getCell(headers(sheet).indexOf(column) + 1);

  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock(NOW) });
    sales = await t.createUser('sales', 'team-1');
    service = await t.createUser('service');
    analyst = await t.createUser('analyst');
    auditor = await t.createUser('auditor');
    // The rules that tag behind a test's back (high-value, and the behaviour tags recent-order/recent-inquiry) stay out of it.
    for (const rule of ['high-value', 'recent-order', 'recent-inquiry'])
      await request(t.http).put(`/v1/admin/rules/${rule}`).set(bearer(t.adminToken)).send({ enabled: false }).expect(200);
    alphaId = (
      await post(
        sales,
        '/v1/customers',
        customerBody({ name: 'Alpha Trading', industry: 'retail', contact: { phone: '13812345678', email: 'zhang@alpha.example' } }),
      )
    ).id;
    await post(sales, '/v1/customers', customerBody({ name: '=HYPERLINK("http://evil.example","x")', industry: 'internet' }));
    await post(sales, '/v1/customers', customerBody({ name: 'Gamma Foods', industry: 'retail' }));
    await post(sales, `/v1/customers/${alphaId}/orders`, { orderId: 'SO-1', amount: 1_234_567, orderedAt: '2024-02-10T02:00:00.000Z' });
    await post(sales, `/v1/customers/${alphaId}/orders`, { orderId: 'SO-2', amount: 50_000, orderedAt: '2024-05-10T02:00:00.000Z' });
    await post(sales, `/v1/customers/${alphaId}/status`, { to: 'qualified', reason: 'budget confirmed' });
    await post(sales, `/v1/customers/${alphaId}/status`, { to: 'won', reason: 'contract signed' });
  });

  afterAll(async () => {
    await t.close({ removeData: true });
  });

  describe('the customer list', () => {
    it('has typed cells, a frozen header row and an auto-filter', async () => {
      const sheet = (await workbookOf(t.adminToken, '/v1/customers?format=xlsx')).worksheets[0];
      expect(sheet.rowCount).toBe(4);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      const alpha = rowOf(sheet, 'Customer name', 'Alpha Trading');
      const spend = cellOf(sheet, alpha, 'Trailing 12-month spend (CNY)');
      expect(spend.value).toBe(12_845.67);
      expect(spend.numFmt).toBe('#,##0.00');
      expect(cellOf(sheet, alpha, 'Revision').value).toEqual(expect.any(Number));
      expect(cellOf(sheet, alpha, 'Registered at').value).toBeInstanceOf(Date);
      // 08:00Z is 16:00 in Shanghai, the deployment's default zone.
      expect((cellOf(sheet, alpha, 'Registered at').value as Date).toISOString()).toBe('2024-06-01T16:00:00.000Z');
      expect(cellOf(sheet, alpha, 'Status').value).toBe('Won');
      expect(cellOf(sheet, alpha, 'Mobile').value).toBe('13812345678');
    });

    it('writes a formula-looking name as text', async () => {
      const sheet = (await workbookOf(t.adminToken, '/v1/customers?format=xlsx')).worksheets[0];
      const cell = cellOf(sheet, rowOf(sheet, 'Customer name', `'=HYPERLINK("http://evil.example","x")`), 'Customer name');
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    });

    it('heads the columns in traditional Chinese for zh-TW, simplified for zh-CN, with list values translated', async () => {
      const traditional = (await workbookOf(t.adminToken, '/v1/customers?format=xlsx', 'zh-TW,zh;q=0.9')).worksheets[0];
      expect(headers(traditional).slice(0, 4)).toEqual(['客戶ID', '客戶編號', '客戶名稱', '客戶類型']);
      expect(cellOf(traditional, rowOf(traditional, '客戶名稱', 'Alpha Trading'), '客戶狀態').value).toBe('成交客戶');
      expect(cellOf(traditional, rowOf(traditional, '客戶名稱', 'Alpha Trading'), '所屬行業').value).toBe('零售');
      const simplified = (await workbookOf(t.adminToken, '/v1/customers?format=xlsx', 'zh-CN')).worksheets[0];
      expect(headers(simplified).slice(0, 4)).toEqual(['客户ID', '客户编号', '客户名称', '客户类型']);
      expect(traditional.name).toBe('客戶列表');
    });

    it('masks the phone and leaves out the value columns for a service agent, as JSON does', async () => {
      const sheet = (await workbookOf(service, '/v1/customers?format=xlsx')).worksheets[0];
      expect(cellOf(sheet, rowOf(sheet, 'Customer name', 'Alpha Trading'), 'Mobile').value).toBe('138****5678');
      expect(headers(sheet)).not.toContain('Trailing 12-month spend (CNY)');
      expect(headers(sheet)).not.toContain('Value tier');
    });

    it('exports the filtered list, at most `limit` customers when given', async () => {
      expect((await workbookOf(t.adminToken, '/v1/customers?format=xlsx&industry=retail')).worksheets[0].rowCount).toBe(3);
      expect((await workbookOf(t.adminToken, '/v1/customers?format=xlsx&limit=2')).worksheets[0].rowCount).toBe(3);
    });

    it('refuses an unknown format (a list has no PDF) naming the field', async () => {
      const bad = await get(t.adminToken, '/v1/customers?format=pdf').expect(400);
      expect(bad.body.errors).toEqual([{ field: 'format', message: 'format must be one of: json, csv, xlsx' }]);
    });
  });

  describe('analytics', () => {
    it('gives the funnel a second sheet laid out for a pivot table: one row per group × stage × measure', async () => {
      const workbook = await workbookOf(analyst, '/v1/analytics/funnel?groupBy=industry&format=xlsx', 'zh-CN');
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['销售漏斗', '透视表数据']);
      const [main, pivot] = workbook.worksheets;
      expect(cellOf(main, rowOf(main, '分组', '零售'), '到达成交客户').value).toBe(1);
      expect(headers(pivot)).toEqual(['分组', '阶段', '指标', '数值']);
      expect(pivot.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      // 2 groups × (4 reached + 3 conversion + 3 median days + 4 current).
      expect(pivot.rowCount - 1).toBe(2 * 14);
      const rows = Array.from({ length: pivot.rowCount - 1 }, (_, i) => (pivot.getRow(i + 2).values as unknown[]).slice(1));
      expect(rows).toContainEqual(['零售', '成交客户', '到达数', 1]);
      expect(rows).toContainEqual(['零售', '潜在→成交', '转化率', 0.5]);
    });

    it('writes the value trend in yuan with two decimals, one row per quarter', async () => {
      const sheet = (await workbookOf(analyst, '/v1/analytics/value-trend?granularity=quarter&format=xlsx')).worksheets[0];
      expect(headers(sheet)).toEqual(['Period', 'Currency', 'Order value', 'Orders']);
      const q1 = rowOf(sheet, 'Period', '2024-Q1');
      expect(cellOf(sheet, q1, 'Order value').value).toBe(12_345.67);
      expect(cellOf(sheet, q1, 'Order value').numFmt).toBe('#,##0.00');
      expect(cellOf(sheet, rowOf(sheet, 'Period', '2024-Q2'), 'Order value').value).toBe(500);
      expect(cellOf(sheet, q1, 'Orders').value).toBe(1);
    });

    it('answers every analytics route in XLSX, with its share as a number', async () => {
      for (const path of ['churn-risk', 'industry-distribution', 'tags']) await workbookOf(analyst, `/v1/analytics/${path}?format=xlsx`);
      const sheet = (await workbookOf(analyst, '/v1/analytics/industry-distribution?format=xlsx')).worksheets[0];
      expect(cellOf(sheet, rowOf(sheet, 'Industry', 'Retail'), 'Share').value).toBeCloseTo(2 / 3, 4);
    });

    it('asks for reports.export for XLSX as for CSV: a sales rep reads the ranking, downloads none', async () => {
      await get(sales, '/v1/analytics/churn-risk').expect(200);
      await get(sales, '/v1/analytics/churn-risk?format=xlsx').expect(403);
      await get(sales, '/v1/analytics/churn-risk?format=pdf').expect(403);
    });

    it('refuses an unknown format naming the field', async () => {
      const bad = await get(analyst, '/v1/analytics/funnel?format=docx').expect(400);
      expect(bad.body.errors).toEqual([{ field: 'format', message: 'format must be one of: json, csv, xlsx, pdf' }]);
    });
  });

  describe('audit history', () => {
    it('exports the history as XLSX, its positions numbers and its instants dates', async () => {
      const sheet = (await workbookOf(auditor, `/v1/customers/${alphaId}/history?format=xlsx`)).worksheets[0];
      expect(sheet.rowCount - 1).toBe(5);
      expect(sheet.getRow(2).getCell(1).value).toEqual(expect.any(Number));
      expect(sheet.getRow(2).getCell(4).value).toBe('CustomerRegistered');
      expect(sheet.getRow(2).getCell(5).value).toBeInstanceOf(Date);
      await get(sales, `/v1/customers/${alphaId}/history?format=xlsx`).expect(403);
    });
  });

  describe('CSV', () => {
    it('starts with a UTF-8 BOM, keeps the machine names in English and heads in Chinese when asked', async () => {
      const english = await get(t.adminToken, '/v1/customers?format=csv').expect(200);
      expect(english.text.startsWith('\uFEFFid,code,name,')).toBe(true);
      const chinese = await get(t.adminToken, '/v1/analytics/industry-distribution?format=csv', 'zh-CN').expect(200);
      expect(chinese.text.split('\n')[0]).toBe('\uFEFF所属行业,客户数,成交数,占比');
      expect(chinese.text).toContain('零售,2,1,');
    });
  });
});

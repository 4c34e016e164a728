import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { bearer } from './support/bearer.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';
import { waitFor } from './support/wait-for.js';

const FIXTURE = readFileSync(fileURLToPath(new URL('../fixtures/customer-import/messy-template.csv', import.meta.url)));
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Report {
  importId: string;
  created: { row: number; id: string }[];
  skipped: { row: number; id: string; reason: string }[];
  rejected: { row: number; errors: { field: string; path: string; message: string }[] }[];
}

/** A binary download as a Buffer (supertest buffers text only). */
const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

describe('importing the seed template (issue 12, item 1)', () => {
  let t: TestApp;
  let zhang: { id: string };
  let admin: { token: string };
  let existingId: string;

  const importFile = (body: Buffer | string | unknown[], contentType = 'text/csv', who: { token: string } = admin) =>
    request(t.http).post('/v1/customers/import').set(bearer(who)).set('content-type', contentType).send(body);
  const customer = async (id: string) =>
    (
      await request(t.http)
        .get(`/v1/customers/${id}`)
        .set(bearer(admin))
        .set('x-min-position', String(await t.headPosition()))
        .expect(200)
    ).body;

  beforeAll(async () => {
    t = await startTestApp({ env: { IMPORT_SYNC_MAX_ROWS: '10' } });
    admin = { token: t.adminToken };
    const created = await request(t.http)
      .post('/v1/users')
      .set(bearer(admin))
      .send({ username: 'zhang.san', password: 'pw-zhang-san-secret-1', role: 'sales' })
      .expect(201);
    zhang = { id: created.body.id };
    // Already in the system before the file: row 7 names it (same name and phone).
    existingId = (await t.registerCustomer(admin, { name: '已有客戶公司', contact: { phone: '13800000107' }, ownerId: zhang.id })).id;
  });
  afterAll(() => t.close({ removeData: true }));

  describe('a messy CSV (UTF-8 with BOM, traditional headers, labels in both scripts)', () => {
    let first: Report;

    beforeAll(async () => {
      first = (await importFile(FIXTURE).expect(200)).body;
    });

    it('registers the good rows with their labels, dates, owner and status', async () => {
      expect(first.created.map((c) => c.row)).toEqual([1, 2]);
      const beijing = await customer(first.created[0].id);
      expect(beijing).toMatchObject({
        code: 'HB-IT-2024-101',
        name: '北京數據科技有限公司',
        industry: 'internet',
        type: 'enterprise',
        firstContactAt: '2024-01-15',
        ownerId: zhang.id,
        status: 'qualified',
        size: 'medium',
        source: 'exhibition',
        region: 'HB',
        notes: '決策人為採購部',
      });
      const shanghai = await customer(first.created[1].id);
      expect(shanghai).toMatchObject({ type: 'enterprise', status: 'won', source: 'referral', region: 'HD', firstContactAt: '2024-03-05' });
      expect(shanghai.code).toMatch(/^HD-RT-\d{4}-\d{3}$/);
    });

    it('moves the status through the status command, so the history shows it', async () => {
      const history = await request(t.http).get(`/v1/customers/${first.created[1].id}/status-history`).set(bearer(admin)).expect(200);
      expect(history.body).toEqual([
        expect.objectContaining({ from: null, to: 'prospect', reason: 'registered' }),
        expect.objectContaining({ from: 'prospect', to: 'won', reason: 'imported' }),
      ]);
    });

    it('reports each bad row naming its columns as the file names them', () => {
      expect(first.rejected).toEqual([
        { row: 3, errors: [expect.objectContaining({ field: '首次接觸時間', path: 'firstContactAt', message: expect.stringContaining('date') })] },
        {
          row: 4,
          errors: expect.arrayContaining([
            expect.objectContaining({ field: '所屬行業', path: 'industry', message: expect.stringContaining('採礦') }),
            expect.objectContaining({ field: '負責人(銷售)', path: 'ownerId', message: expect.stringContaining('nobody.here') }),
          ]),
        },
        {
          row: 5,
          errors: expect.arrayContaining([
            expect.objectContaining({ field: '手機號碼', path: 'contact.phone' }),
            expect.objectContaining({ field: '地區', path: 'region' }),
          ]),
        },
      ]);
      expect(first.rejected[1].errors).toHaveLength(2);
    });

    it('skips a duplicate inside the file and one of an existing customer, naming the customer', () => {
      expect(first.skipped).toEqual([
        { row: 6, id: first.created[1].id, reason: 'same customer as row 2 of this file' },
        { row: 7, id: existingId, reason: expect.stringContaining('same name and phone') },
      ]);
    });

    it('imports the same file again (no Idempotency-Key) creating nothing, reporting the rows as skipped', async () => {
      const head = await t.headPosition();
      const again: Report = (await importFile(FIXTURE).expect(200)).body;
      expect(again.created).toEqual([]);
      expect(again.skipped).toEqual([
        { row: 1, id: first.created[0].id, reason: 'already imported' },
        { row: 2, id: first.created[1].id, reason: 'already imported' },
        { row: 6, id: first.created[1].id, reason: 'same customer as row 2 of this file' },
        { row: 7, id: existingId, reason: expect.any(String) },
      ]);
      expect(again.rejected.map((r) => r.row)).toEqual([3, 4, 5]);
      expect(await t.customerEventsAfter(head)).toBe(0);
    });

    it('downloads the report as XLSX: the rejected rows as the file had them, their errors beside them', async () => {
      const res = await request(t.http).get(`/v1/imports/${first.importId}/report?format=xlsx`).set(bearer(admin)).buffer(true).parse(binary).expect(200);
      expect(res.headers['content-type']).toContain(XLSX);
      const rejected = (await workbookOf(res.body as Buffer)).getWorksheet('Rejected')!;
      const headers = rowValues(rejected, 1);
      expect(headers[0]).toBe('Row');
      expect(headers).toContain('首次接觸時間');
      expect(headers[headers.length - 1]).toBe('Errors');
      expect(rowValues(rejected, 2).slice(0, 3)).toEqual([3, undefined, '廣州個人客戶']);
      expect(String(rowValues(rejected, 2).at(-1))).toContain('首次接觸時間');
      expect(rejected.rowCount).toBe(4);
    });
  });

  it('gives a row imported before its status was applied (a crash between the two) its status on the re-import', async () => {
    const file = (status: string) => `客户名称,手机号码,所属行业,客户类型,来源渠道,地区,客户状态\n中断公司,13500000001,金融,企业,展会,华北,${status}\n`;
    const first: Report = (await importFile(file('潜在客户')).expect(200)).body;
    const again: Report = (await importFile(file('成交客户')).expect(200)).body;
    expect(again.skipped).toEqual([{ row: 1, id: first.created[0].id, reason: 'already imported' }]);
    expect((await customer(first.created[0].id)).status).toBe('won');
  });

  it('reads a GBK CSV with simplified headers, detected or declared by charset', async () => {
    const csv = (n: number) =>
      iconv.encode(
        `客户名称,联系人,手机号码,所属行业,客户类型,来源渠道,区域,客户状态\n杭州物流有限公司${n},陈*,1390000${String(n).padStart(4, '0')},物流,企业,展会,华东,潜在客户\n`,
        'gbk',
      );
    const detected: Report = (await importFile(csv(1)).expect(200)).body;
    expect(detected.created).toHaveLength(1);
    expect((await customer(detected.created[0].id)).name).toBe('杭州物流有限公司1');
    const declared: Report = (await importFile(csv(2), 'text/csv; charset=gbk').expect(200)).body;
    expect((await customer(declared.created[0].id)).name).toBe('杭州物流有限公司2');
    const wrongCharset = await importFile(csv(3), 'text/csv; charset=klingon').expect(400);
    expect(wrongCharset.body.errors).toEqual([expect.objectContaining({ field: 'charset' })]);
  });

  it('reads an XLSX workbook: a phone typed as a number, a date cell, an e-mail hyperlink', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(['客户名称', '手机号码', '邮箱', '所属行业', '客户类型', '首次接触时间', '来源渠道', '地区']);
    sheet.addRow([
      '深圳电子有限公司',
      13700000001,
      { text: 'sz@example.com', hyperlink: 'mailto:sz@example.com' },
      '制造',
      '企业',
      new Date(Date.UTC(2024, 0, 15)),
      '展会',
      '华南',
    ]);
    sheet.addRow(['坏行公司', 'not-a-phone', '', '制造', '企业', '2024-01-15', '展会', '华南']);
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    const report: Report = (await importFile(body, XLSX).expect(200)).body;
    expect(report.created.map((c) => c.row)).toEqual([1]);
    expect(await customer(report.created[0].id)).toMatchObject({
      contact: { phone: '13700000001', email: 'sz@example.com' },
      industry: 'manufacturing',
      firstContactAt: '2024-01-15',
      region: 'HN',
    });
    expect(report.rejected).toEqual([{ row: 2, errors: [expect.objectContaining({ field: '手机号码', path: 'contact.phone' })] }]);
  });

  it('refuses a file whose header names no customer field, naming the column', async () => {
    const res = await importFile('客户名称,星座\n某公司,天秤座\n').expect(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: '星座' })]);
  });

  describe('the template download', () => {
    it('is an XLSX with simplified headers, an example row and a dropdown on each list column, and imports as it is', async () => {
      const res = await request(t.http).get('/v1/customers/import/template?format=xlsx').set(bearer(admin)).buffer(true).parse(binary).expect(200);
      const workbook = await workbookOf(res.body as Buffer);
      const sheet = workbook.worksheets[0];
      const headers = rowValues(sheet, 1);
      expect(headers).toEqual([
        '客户编号',
        '客户名称',
        '联系人',
        '手机号码',
        '邮箱',
        '所属行业',
        '客户类型',
        '首次接触时间',
        '负责人',
        '客户状态',
        '企业规模',
        '来源渠道',
        '地区',
        '备注',
      ]);
      expect(rowValues(sheet, 2)).toEqual(expect.arrayContaining(['HB-IT-2024-001', '互联网', '企业', '意向客户', 'admin', '华北']));
      const industry = sheet.getCell(3, headers.indexOf('所属行业') + 1).dataValidation;
      expect(industry).toMatchObject({ type: 'list' });
      const [, column, from, to] = /^Lists!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(String(industry.formulae[0]))!;
      const lists = workbook.getWorksheet('Lists')!;
      const choices = Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => lists.getCell(`${column}${Number(from) + i}`).value);
      expect(choices).toEqual(expect.arrayContaining(['互联网', '制造', '零售']));
      expect(sheet.getCell(3, headers.indexOf('客户状态') + 1).dataValidation).toMatchObject({ type: 'list' });

      const imported: Report = (await importFile(res.body as Buffer, XLSX).expect(200)).body;
      expect(imported.created).toHaveLength(1);
    });

    it('answers traditional headers to zh-TW and a CSV with a UTF-8 BOM', async () => {
      const res = await request(t.http)
        .get('/v1/customers/import/template?format=csv')
        .set(bearer(admin))
        .set('accept-language', 'zh-TW')
        .buffer(true)
        .parse(binary)
        .expect(200);
      const bytes = res.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3).toString('utf8').split(/\r?\n/)[0]).toBe(
        '客戶編號,客戶名稱,聯繫人,手機號碼,郵箱,所屬行業,客戶類型,首次接觸時間,負責人,客戶狀態,企業規模,來源渠道,地區,備註',
      );
      await request(t.http).get('/v1/customers/import/template?format=pdf').set(bearer(admin)).expect(400);
    });
  });

  describe('a file over IMPORT_SYNC_MAX_ROWS', () => {
    it('answers 202 with a Location to poll, until done with the report; only its importer sees it', async () => {
      const rows = Array.from({ length: 12 }, (_, i) => ({
        客户名称: `批量公司${i}`,
        手机号码: `1360000${String(i).padStart(4, '0')}`,
        所属行业: '零售',
        客户类型: '企业',
        来源渠道: '展会',
        地区: '华北',
      }));
      rows[11] = { ...rows[11], 地区: '' };
      const accepted = await request(t.http).post('/v1/customers/import').set(bearer(admin)).send(rows).expect(202);
      const location = accepted.headers.location as string;
      expect(location).toMatch(/^\/v1\/imports\/[0-9a-f-]{36}$/);
      expect(accepted.body).toMatchObject({ total: 12, format: 'json' });
      let job: { status: string; processed: number; report?: Report } = accepted.body;
      await waitFor(async () => {
        job = (await request(t.http).get(location).set(bearer(admin)).expect(200)).body;
        return job.status !== 'running';
      }, 'the import job to finish');
      expect(job).toMatchObject({ status: 'done', processed: 12 });
      expect(job.report!.created).toHaveLength(11);
      expect(job.report!.rejected).toEqual([{ row: 12, errors: [{ field: '地区', path: 'region', message: 'region is required' }] }]);

      const other: TestUser = await t.createUser('sales');
      await request(t.http).get(location).set(bearer(other)).expect(404);
      await request(t.http).get(`${location}/report?format=xlsx`).set(bearer(other)).expect(404);
    });
  });
});

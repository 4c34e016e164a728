import { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { ReportDeliveryScheduler } from '#server';
import { ManualClock } from '#shared';
import { bearer } from './support/bearer.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';
import { waitFor } from './support/wait-for.js';

// Scheduled report delivery (seed 000: 報表自動推送) end to end: subscriptions, a run per period into
// each recipient's inbox and, through a real SMTP server on loopback, by e-mail with the file attached.

const MONDAY_0900_SHANGHAI = new Date('2024-06-17T01:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('Report delivery (e2e)', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  let clock: ManualClock;
  let manager: TestUser;
  let otherManager: TestUser;
  let sales: TestUser;
  const mails: ParsedMail[] = [];
  let eastCustomer: string;

  const setEmail = (user: TestUser, email: string) => request(t.http).patch(`/v1/users/${user.id}`).set(bearer(t.adminToken)).send({ email }).expect(200);
  const subscribe = (user: TestUser | string, body: Record<string, unknown>) =>
    request(t.http)
      .post('/v1/report-subscriptions')
      .set(bearer(user))
      .send({
        name: 'East weekly',
        report: 'churn-risk',
        format: 'xlsx',
        recipients: [manager.id],
        schedule: { kind: 'weekly', weekday: 1, hour: 9 },
        ...body,
      });
  const inbox = async (user: TestUser) =>
    (await request(t.http).get('/v1/report-inbox').set(bearer(user)).expect(200)).body.items as { id: string; period: string; filename: string }[];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => mails.push(mail))
          .then(() => callback(), callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    clock = new ManualClock(new Date(MONDAY_0900_SHANGHAI.getTime() - 2 * HOUR - 70 * DAY));
    t = await startTestApp({ clock, env: { SMTP_URL: `smtp://127.0.0.1:${port}`, TIME_ZONE: 'Asia/Shanghai', REPORT_DELIVERY_INTERVAL_MS: '3600000' } });
    manager = await t.createUser('manager', 'east');
    otherManager = await t.createUser('manager', 'west');
    sales = await t.createUser('sales', 'east');
    await setEmail(manager, 'east.manager@example.test');
    const westSales = await t.createUser('sales', 'west');
    eastCustomer = (await t.registerCustomer(sales, { name: 'East Quiet Ltd' })).id;
    await t.registerCustomer(westSales, { name: 'West Quiet Ltd' });
    // Seventy quiet days later both are at churn risk; it is Monday 07:00 in Shanghai.
    clock.advance(70 * DAY);
  });
  afterAll(async () => {
    await t.close({ removeData: true });
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('refuses a recipient whose role may not read the report, and a bad schedule, naming the field', async () => {
    const refused = await subscribe(manager, { report: 'funnel', recipients: [sales.id] }).expect(400);
    expect(refused.body.errors[0].field).toBe('recipients');
    const bad = await subscribe(manager, { schedule: { kind: 'weekly', weekday: 8, hour: 9 } }).expect(400);
    expect(bad.body.errors[0].field).toMatch(/weekday/);
    await subscribe(sales, {}).expect(403);
  });

  it('delivers once per period at the scheduled hour: inbox and e-mail, scoped to the recipient, never twice', async () => {
    const { id } = (await subscribe(manager, {}).expect(201)).body;
    const scheduler = t.app.get(ReportDeliveryScheduler);

    await scheduler.tick();
    // 07:00 in Shanghai on the Monday: last week's 09:00 predates the subscription, so nothing is due.
    expect(await inbox(manager)).toEqual([]);

    clock.advance(2 * HOUR);
    await scheduler.tick();
    await scheduler.tick();
    const items = await inbox(manager);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ period: 'week-of-2024-06-17', filename: 'churn-risk-week-of-2024-06-17.xlsx' });
    await waitFor(() => mails.length === 1, 'the report e-mail');
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toMatchObject({ text: 'east.manager@example.test' });
    expect(mails[0].attachments[0].filename).toBe('churn-risk-week-of-2024-06-17.xlsx');

    // The manager's copy is the team's: the east customer, not the west one.
    const download = await request(t.http).get(`/v1/report-inbox/${items[0].id}/download`).set(bearer(manager)).buffer(true).parse(binary).expect(200);
    const names = await sheetNames(download.body as Buffer);
    expect(names).toContain('East Quiet Ltd');
    expect(names).not.toContain('West Quiet Ltd');
    expect(await sheetNames(mails[0].attachments[0].content)).toEqual(names);
    await request(t.http).get(`/v1/report-inbox/${items[0].id}/download`).set(bearer(otherManager)).expect(404);
    await request(t.http).get(`/v1/report-subscriptions/${id}`).set(bearer(otherManager)).expect(404);

    // Erasure reaches the inbox: the report that named the customer is gone.
    await request(t.http).delete(`/v1/customers/${eastCustomer}/personal-data`).set(bearer(t.adminToken)).send({ reason: 'PIPL request' }).expect(200);
    await waitFor(async () => (await inbox(manager)).length === 0, 'the erased report to leave the inbox');
  });

  it('a manual run sends now; the same Idempotency-Key sends nothing twice', async () => {
    const { id } = (await subscribe(manager, { name: 'Now', format: 'csv', report: 'industry-distribution' }).expect(201)).body;
    const before = mails.length;
    const first = await request(t.http).post(`/v1/report-subscriptions/${id}/run`).set(bearer(manager)).set('Idempotency-Key', 'run-now-1').expect(200);
    expect(first.body).toMatchObject({ status: 'delivered', deliveries: [{ userId: manager.id, emailed: true }] });
    await request(t.http).post(`/v1/report-subscriptions/${id}/run`).set(bearer(manager)).set('Idempotency-Key', 'run-now-1').expect(200);
    await waitFor(() => mails.length === before + 1, 'the manual run e-mail');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(mails).toHaveLength(before + 1);
    expect(mails.at(-1)?.attachments[0].content.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('delivers a PDF, drawn by the same renderer as ?format=pdf', async () => {
    const { id } = (await subscribe(manager, { name: 'Printed', format: 'pdf', report: 'industry-distribution' }).expect(201)).body;
    const run = await request(t.http).post(`/v1/report-subscriptions/${id}/run`).set(bearer(manager)).set('Idempotency-Key', 'run-pdf-1').expect(200);
    expect(run.body.deliveries).toEqual([expect.objectContaining({ userId: manager.id, emailed: true })]);
    expect(run.body.deliveries[0].error).toBeUndefined();
    await waitFor(() => mails.some((mail) => mail.attachments[0]?.contentType === 'application/pdf'), 'the PDF e-mail');
    const pdf = mails.find((mail) => mail.attachments[0]?.contentType === 'application/pdf')?.attachments[0].content as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

/** Collects a binary body (supertest would otherwise decode it as text). */
const binary = ((res: NodeJS.ReadableStream, callback: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}) as unknown as Parameters<request.Test['parse']>[0];

async function sheetNames(content: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const names: string[] = [];
  workbook.worksheets[0].eachRow((row, index) => {
    if (index > 1) names.push(String(row.getCell(2).value));
  });
  return names;
}

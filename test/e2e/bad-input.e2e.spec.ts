import BetterSqlite3 from 'better-sqlite3';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';
import { customerStream } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { bearer } from './support/bearer.js';
import { captureLogs } from './support/log-capture.js';
import { customerBody, startTestApp, type TestApp, type TestUser } from './support/test-app.js';

interface RawResponse {
  status: number;
  contentType: string | undefined;
  body: Record<string, unknown>;
}

/** A request exactly as written (supertest would encode the path and refuse odd headers). */
function rawRequest(port: number, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'], body: JSON.parse(text) as Record<string, unknown> }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('bad input answers 4xx problems and writes nothing', () => {
  let t: TestApp;
  let sales: TestUser;
  let port: number;

  beforeAll(async () => {
    t = await startTestApp();
    sales = await t.createUser('sales');
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => t.close({ removeData: true }));

  const revisionOf = async (id: string) => (await request(t.http).get(`/v1/customers/${id}`).set(bearer(sales)).expect(200)).body.revision as number;

  it('refuses 3,000 levels of JSON nesting with 400 before validation', async () => {
    const deep = '{"contact":'.repeat(3000) + '{}' + '}'.repeat(3000);
    const before = await t.headPosition();
    const response = await request(t.http).post('/v1/customers').set(bearer(sales)).set('content-type', 'application/json').send(deep);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.detail).toMatch(/nesting/);
    const arrays = await request(t.http)
      .post('/v1/customers')
      .set(bearer(sales))
      .set('content-type', 'application/json')
      .send(`${'['.repeat(3000)}${']'.repeat(3000)}`);
    expect(arrays.status).toBe(400);
    expect(await t.headPosition()).toBe(before);
  });

  it.each(['contact', 'name', 'region', 'source', 'type', 'industry'])('refuses {"%s": null} on PATCH with a 400 naming the field', async (field) => {
    const { id } = await t.registerCustomer(sales);
    const response = await request(t.http)
      .patch(`/v1/customers/${id}`)
      .set(bearer(sales))
      .send({ [field]: null });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await revisionOf(id)).toBe(0);
  });

  it.each(['notes', 'needs', 'size', 'firstContactAt', 'sensitive', 'contact.title'])('clears a null %s rather than storing it', async (field) => {
    const { id } = await t.registerCustomer(sales, {
      notes: 'n',
      needs: 'x',
      firstContactAt: '2024-03-01',
      sensitive: { idNumber: '110101199003077777' },
      contact: { phone: '13912345678', title: 'CTO' },
    });
    const [parent, child] = field.split('.');
    const body = child ? { [parent]: { phone: '13912345678', [child]: null } } : { [field]: null };
    const response = await request(t.http).patch(`/v1/customers/${id}`).set(bearer(sales)).send(body);
    expect(response.status).toBe(200);
    const [, updated, ...more] = await t.app.get<EventStore>(EVENT_STORE).readStream(customerStream(id));
    expect(more).toEqual([]);
    expect(updated?.data).toMatchObject({ cleared: [field] });
    expect(JSON.stringify(updated?.data)).not.toContain('null');
  });

  it('refuses control-only and invisible-only tags and names, and trims invisible edges', async () => {
    const { id } = await t.registerCustomer(sales);
    for (const tag of ['\u0000', '\u200b\u200b', ' \u0007 ']) {
      const response = await request(t.http).post(`/v1/customers/${id}/tags`).set(bearer(sales)).send({ tag });
      expect([tag, response.status]).toEqual([tag, 400]);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'tag' })]);
    }
    for (const name of ['\u200b\u200c\u200d', '\ufeff\u2060', 'Acme\u0000Corp']) {
      const registered = await request(t.http).post('/v1/customers').set(bearer(sales)).send(customerBody({ name }));
      expect([name, registered.status]).toEqual([name, 400]);
      expect(registered.body.errors).toEqual([expect.objectContaining({ field: 'name' })]);
      const patched = await request(t.http).patch(`/v1/customers/${id}`).set(bearer(sales)).send({ name });
      expect([name, patched.status]).toEqual([name, 400]);
    }
    expect(await revisionOf(id)).toBe(0);
    const trimmed = await request(t.http).patch(`/v1/customers/${id}`).set(bearer(sales)).send({ name: '\u200bAcme Trimmed\ufeff ' });
    expect(trimmed.status).toBe(200);
    const read = await request(t.http).get(`/v1/customers/${id}`).set(bearer(sales)).set('x-min-position', String(trimmed.body.position)).expect(200);
    expect(read.body.name).toBe('Acme Trimmed');
  });

  it('answers 414, 431 and a malformed URL with application/problem+json', async () => {
    const long = await rawRequest(port, `/v1/customers/${'a'.repeat(300)}`, bearer(sales));
    expect(long).toMatchObject({ status: 414, contentType: expect.stringMatching(/application\/problem\+json/), body: { status: 414 } });
    const headers = await rawRequest(port, '/v1/customers', { ...bearer(sales), 'x-padding': 'p'.repeat(20_000) });
    expect(headers).toMatchObject({ status: 431, contentType: expect.stringMatching(/application\/problem\+json/), body: { status: 431 } });
    const malformed = await rawRequest(port, '/v1/customers/%E0%A4%A', bearer(sales));
    expect(malformed).toMatchObject({ status: 400, contentType: expect.stringMatching(/application\/problem\+json/), body: { status: 400 } });
  });
});

describe('a tampered ciphertext in the store', () => {
  it('answers a personal-data-integrity problem, logged with the customer id and nothing personal', async () => {
    const phone = '13987654321';
    const first = await startTestApp();
    const sales = await first.createUser('sales');
    const { id } = await first.registerCustomer(sales, { contact: { name: 'Li Si', phone } });
    await first.close();
    const db = new BetterSqlite3(join(first.dataDir, 'events.db'));
    try {
      const row = db.prepare("SELECT position, data FROM events WHERE stream_id = ? AND type = 'CustomerRegistered'").get(`customer-${id}`) as {
        position: number;
        data: string;
      };
      const data = JSON.parse(row.data) as { contact: { phone: string } };
      const parts = data.contact.phone.split(':');
      parts[parts.length - 1] = Buffer.from('00000000000', 'utf8').toString('base64url');
      data.contact.phone = parts.join(':');
      db.prepare('UPDATE events SET data = ? WHERE position = ?').run(JSON.stringify(data), row.position);
    } finally {
      db.close();
    }

    const logs = captureLogs();
    const t = await startTestApp({ dataDir: first.dataDir, env: { LOG_LEVEL: 'error' }, logDestination: logs.destination });
    try {
      const token = await t.login(sales.username, sales.password);
      const response = await request(t.http).patch(`/v1/customers/${id}`).set(bearer(token)).send({ notes: 'after tampering' });
      expect(response.status).toBe(500);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body).toMatchObject({ type: '/problems/personal-data-integrity', code: 'personal-data-integrity' });
      const logged = logs.entries().filter((entry) => entry.code === 'personal-data-integrity');
      expect(logged).toEqual([expect.objectContaining({ customerId: id, level: 50 })]);
      expect(logs.lines.join('\n')).not.toMatch(/Li Si|13987654321|enc:v1/);
    } finally {
      await t.close({ removeData: true });
    }
  });
});

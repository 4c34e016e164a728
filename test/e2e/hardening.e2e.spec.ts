import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { bearer } from './support/bearer.js';
import { captureLogs } from './support/log-capture.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';

/** Writes `head` (and optionally part of a body) on a raw socket; resolves with what the server answered by the time it closed or `waitMs` passed. */
function rawExchange(port: number, head: string, body = '', waitMs = 5000): Promise<{ answer: string; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    const done = () => resolve({ answer, closedAfterMs: Date.now() - started });
    const timer = setTimeout(() => {
      socket.destroy();
      done();
    }, waitMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('close', () => {
      clearTimeout(timer);
      done();
    });
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)));
    socket.write(head + body);
  });
}

const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);

describe('hardening', () => {
  let t: TestApp;
  let sales: TestUser;
  let port: number;
  const logs = captureLogs();

  beforeAll(async () => {
    t = await startTestApp({ env: { LOG_LEVEL: 'info', HTTP_HEADERS_TIMEOUT_MS: '300', HTTP_REQUEST_TIMEOUT_MS: '600' }, logDestination: logs.destination });
    sales = await t.createUser('sales');
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => t.close({ removeData: true }));

  describe('security headers', () => {
    it('are on API answers and on /docs, whose Swagger UI the CSP still lets run', async () => {
      const api = await request(t.http).get('/v1/customers').set(bearer(sales)).expect(200);
      const docs = await request(t.http).get('/docs').redirects(1).expect(200);
      for (const headers of [api.headers, docs.headers]) {
        expect(headers['content-security-policy']).toMatch(/default-src 'self'/);
        expect(headers['x-content-type-options']).toBe('nosniff');
        expect(headers['strict-transport-security']).toMatch(/max-age=/);
        expect(headers['x-frame-options']).toBe('SAMEORIGIN');
      }
      // The UI's scripts are same-origin files (allowed by script-src 'self'), none inline.
      const scripts = [...docs.text.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, inline] of scripts) {
        expect(inline.trim()).toBe('');
        const src = /src="([^"]+)"/.exec(attributes)?.[1] ?? '';
        expect(src).not.toMatch(/^(https?:)?\/\//);
        await request(t.http).get(new URL(src, 'http://x/docs').pathname).expect(200);
      }
      await request(t.http).get('/docs/openapi.json').expect(200);
    });
  });

  describe('body limits', () => {
    it('refuses an anonymous 9 MB post with 401 before reading its body', async () => {
      const size = 9 * 1024 * 1024;
      const head = `POST /v1/customers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${size}\r\n\r\n`;
      // Only 64 KB of the announced 9 MB are sent: the answer comes without waiting for the rest.
      const { answer } = await rawExchange(port, head, 'x'.repeat(64 * 1024), 3000);
      expect(statusOf(answer)).toBe(401);
      expect(answer).toMatch(/application\/problem\+json/);
    });

    it('refuses a forged token the same way', async () => {
      const head = `POST /v1/customers/import HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer forged.token.here\r\nContent-Type: text/csv\r\nContent-Length: ${9 * 1024 * 1024}\r\n\r\n`;
      expect(statusOf((await rawExchange(port, head, 'name\n', 3000)).answer)).toBe(401);
    });

    it('limits commands to about 1 MB and lets the import take more', async () => {
      const big = { name: 'x'.repeat(1_100_000) };
      const command = await request(t.http).post('/v1/customers').set(bearer(sales)).send(big);
      expect(command.status).toBe(413);
      expect(command.headers['content-type']).toMatch(/application\/problem\+json/);
      const login = await request(t.http)
        .post('/v1/auth/login')
        .send({ username: 'x', password: 'p'.repeat(1_100_000) });
      expect(login.status).toBe(413);
      // 9,000 rows (the import takes at most 10,000) of 1.2 MB: over the command limit, within the import's.
      const csv = `name,type\n${`Acme ${'x'.repeat(120)},enterprise\n`.repeat(9_000)}`;
      expect(csv.length).toBeGreaterThan(1_100_000);
      const imported = await request(t.http)
        .post('/v1/customers/import')
        .set(bearer(await t.createUser('admin')))
        .set('content-type', 'text/csv')
        .send(csv);
      expect(imported.status).not.toBe(413);
      expect(imported.status).toBeLessThan(500);
    }, 30_000);
  });

  describe('timeouts', () => {
    it('closes a request whose body stalls, with a 408 problem', async () => {
      const head = `POST /v1/customers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${sales.token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n`;
      const { answer, closedAfterMs } = await rawExchange(port, head, '{"name":', 5000);
      expect(statusOf(answer)).toBe(408);
      expect(answer).toMatch(/application\/problem\+json/);
      expect(closedAfterMs).toBeLessThan(3000);
    });

    it('closes a connection whose headers stall', async () => {
      const { closedAfterMs } = await rawExchange(port, 'GET /health HTTP/1.1\r\nHost: x\r\n', '', 5000);
      expect(closedAfterMs).toBeLessThan(3000);
    });
  });

  describe('logs', () => {
    it('carry the route template and a redacted query: no phone, email or token', async () => {
      logs.lines.length = 0;
      await request(t.http).get('/v1/customers?q=13800000000&limit=5').set(bearer(sales)).expect(200);
      await request(t.http).get('/v1/customers?q=someone%40example.com').set(bearer(sales)).expect(200);
      await request(t.http).get(`/v1/customers?q=someone@example.com&access_token=${sales.token}`).set(bearer(sales));
      await request(t.http).get('/v1/customers/not-a-uuid?q=13800000000').set(bearer(sales));
      const text = logs.lines.join('\n');
      expect(text).not.toMatch(/13800000000|someone(@|%40)example\.com/);
      expect(text).not.toContain(sales.token);
      expect(text).not.toContain(sales.token.split('.')[2]);
      const completed = logs.entries().filter((entry) => entry.msg === 'request completed');
      expect(completed[0]).toMatchObject({
        method: 'GET',
        route: '/v1/customers',
        url: '/v1/customers?q=[redacted]&limit=5',
        statusCode: 200,
      });
      expect(completed.some((entry) => entry.route === '/v1/customers/:id')).toBe(true);
    });

    it('have no "Reply was already sent" warning on CSV exports', async () => {
      logs.lines.length = 0;
      const customers = await request(t.http).get('/v1/customers?format=csv').set(bearer(sales)).expect(200);
      expect(customers.headers['content-type']).toMatch(/text\/csv/);
      expect(customers.text).toMatch(/^\uFEFFid,/);
      const analyst = await t.createUser('analyst');
      const tags = await request(t.http).get('/v1/analytics/tags?format=csv').set(bearer(analyst)).expect(200);
      expect(tags.headers['content-type']).toMatch(/text\/csv/);
      // The streamed XLSX list and a PDF report too.
      await request(t.http).get('/v1/customers?format=xlsx').set(bearer(sales)).expect(200);
      await request(t.http).get('/v1/analytics/tags?format=pdf').set(bearer(analyst)).expect(200);
      expect(logs.lines.join('\n')).not.toMatch(/already sent/i);
      expect(logs.entries().filter((entry) => (entry.level as number) >= 40)).toEqual([]);
    });
  });
});

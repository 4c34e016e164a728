import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { bearer } from './support/bearer.js';
import { waitFor } from './support/wait-for.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Every encoding of a loopback, private, link-local or metadata address (hole 7).
const NON_PUBLIC_URLS = [
  'http://127.0.0.1/',
  'http://localhost/',
  'http://[::1]/',
  'http://[::ffff:127.0.0.1]/',
  'http://[::ffff:7f00:1]/',
  'http://[::127.0.0.1]/',
  'http://[64:ff9b::7f00:1]/',
  'http://[2002:7f00:1::]/',
  'http://2130706433/',
  'http://0x7f.1/',
  'http://0177.0.0.1/',
  'http://0/',
  'http://10.0.0.1/',
  'http://192.168.1.1/',
  'http://169.254.169.254/latest/meta-data',
  'http://[::ffff:a9fe:a9fe]/',
  'http://[fe80::1]/',
  'http://[fd00::1]/',
];

describe('webhook targets are public unless allow-listed, in every mode', () => {
  let t: TestApp;
  let integrator: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ env: { WEBHOOK_POLL_MS: '50' } });
    integrator = await t.createUser('integrator');
  });
  afterAll(() => t.close({ removeData: true }));

  it.each(NON_PUBLIC_URLS)('refuses %s at registration with a 400 naming url', async (url) => {
    const response = await request(t.http)
      .post('/v1/webhooks')
      .set(bearer(integrator))
      .send({ url, eventTypes: ['CustomerRegistered'] });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'url', message: expect.stringMatching(/private or loopback/) })]);
  });
});

describe('a target that is private at delivery time', () => {
  let server: Server;
  let calls = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      calls += 1;
      req.resume();
      res.writeHead(200).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it.each(['127.0.0.1', 'localhost'])('is refused once %s leaves the allow-list, and never called', async (host) => {
    const env = { WEBHOOK_POLL_MS: '50', WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_MAX_ATTEMPTS: '2' };
    const url = `http://${host}:${(server.address() as AddressInfo).port}/hook`;
    let t = await startTestApp({ env: { ...env, WEBHOOK_ALLOWED_PRIVATE_HOSTS: host } });
    const integrator = await t.createUser('integrator');
    const hook = (
      await request(t.http)
        .post('/v1/webhooks')
        .set(bearer(integrator))
        .send({ url, eventTypes: ['CustomerRegistered'] })
        .expect(201)
    ).body;
    await t.close();

    t = await startTestApp({ dataDir: t.dataDir, env });
    try {
      const before = calls;
      const token = await t.login(integrator.username, integrator.password);
      await t.registerCustomer({ token: t.adminToken });
      const deliveries = async () => (await request(t.http).get(`/v1/webhooks/${hook.id}/deliveries`).set(bearer(token)).expect(200)).body.items;
      await waitFor(async () => (await deliveries()).some((d: { status: string }) => d.status === 'failed'), 'the refused delivery to fail');
      const [entry] = await deliveries();
      expect(entry.history[0].error).toMatch(/refused: .*private or loopback/);
      expect(calls).toBe(before);
    } finally {
      await t.close({ removeData: true });
    }
  });
});

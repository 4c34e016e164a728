import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';
import { bearer } from './support/bearer.js';
import { waitFor } from './support/wait-for.js';
import { customerBody, startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Issue 11, hole 2: erasure reaches the webhook queue, and `sensitive` never leaves in a webhook body.

const EVENT_TYPES = ['CustomerRegistered', 'CustomerProfileUpdated', 'CustomerPersonalDataErased'];

/** A port nothing listens on (connections are refused) until `listen` opens it. */
class LateReceiver {
  readonly bodies: string[] = [];
  private server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      this.bodies.push(body);
      res.writeHead(204).end();
    });
  });
  port = 0;

  async reservePort(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    await new Promise((resolve) => this.server.close(resolve));
    return `http://127.0.0.1:${this.port}/hook`;
  }

  listen(): Promise<void> {
    return new Promise((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

describe('erasure and the webhook queue (e2e)', () => {
  let t: TestApp;
  let sales: TestUser;
  let integrator: TestUser;
  const receiver = new LateReceiver();
  const personal = { name: 'Wang Secret', phone: '13698765432', email: 'wang.secret@example.com', idNumber: '110101199003077777' };

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        WEBHOOK_RETRY_BASE_MS: '50',
        WEBHOOK_RETRY_MAX_DELAY_MS: '100',
        WEBHOOK_MAX_ATTEMPTS: '1000',
        WEBHOOK_POLL_MS: '20',
        WEBHOOK_TIMEOUT_MS: '2000',
        WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1',
      },
    });
    sales = await t.createUser('sales');
    integrator = await t.createUser('integrator');
  });
  afterAll(async () => {
    await t.close({ removeData: true });
    await receiver.stop();
  });

  const outboxBytes = () =>
    ['webhooks.db', 'webhooks.db-wal']
      .map((file) => join(t.dataDir, file))
      .filter(existsSync)
      .map((file) => readFileSync(file).toString('latin1'))
      .join('');

  it('delivers what was queued while the target was down without the erased data, and keeps none of it in webhooks.db', async () => {
    const url = await receiver.reservePort();
    const hooks: string[] = [];
    for (const owner of [integrator.token, t.adminToken]) {
      hooks.push((await request(t.http).post('/v1/webhooks').set(bearer(owner)).send({ url, eventTypes: EVENT_TYPES }).expect(201)).body.id as string);
    }

    const { id } = await t.registerCustomer(sales, {
      name: personal.name,
      contact: { name: personal.name, phone: personal.phone, email: personal.email },
      sensitive: { idNumber: personal.idNumber },
    });
    await request(t.http)
      .patch(`/v1/customers/${id}`)
      .set(bearer(sales))
      .send({ contact: { name: personal.name, phone: personal.phone, email: `new.${personal.email}` } })
      .expect(200);
    // Both webhooks have queued the registration and the update, in clear, and tried the refusing port.
    const owners = [integrator.token, t.adminToken];
    const deliveries = async (i: number) =>
      (await request(t.http).get(`/v1/webhooks/${hooks[i]}/deliveries`).set(bearer(owners[i])).expect(200)).body.items as { attempts: number }[];
    for (const i of [0, 1]) {
      await waitFor(async () => {
        const queued = await deliveries(i);
        return queued.length === 2 && queued.some((d) => d.attempts > 0);
      }, 'both events queued and a failed attempt');
    }
    expect(outboxBytes()).toContain(personal.phone);

    await request(t.http).delete(`/v1/customers/${id}/personal-data`).set(bearer(t.adminToken)).send({ reason: 'PIPL request' }).expect(200);
    const bytes = outboxBytes();
    for (const value of [personal.phone, personal.email, personal.name, personal.idNumber]) expect(bytes).not.toContain(value);

    await receiver.listen();
    await waitFor(() => receiver.bodies.length >= 6, 'six deliveries (three events, two webhooks)');
    const types = receiver.bodies.map((body) => (JSON.parse(body) as { type: string }).type).sort();
    expect(types).toEqual([...EVENT_TYPES, ...EVENT_TYPES].sort());
    for (const body of receiver.bodies) {
      for (const value of [personal.phone, personal.email, personal.name, personal.idNumber, 'sensitive']) expect(body).not.toContain(value);
    }
  });

  it('never puts `sensitive` in a webhook body, not even for an admin-owned webhook', async () => {
    receiver.bodies.length = 0;
    const { id } = await t.registerCustomer(sales, customerBody({ sensitive: { idNumber: '110101198001018888', bankAccount: '6222020200112233' } }));
    await waitFor(() => receiver.bodies.filter((body) => body.includes(id)).length >= 2, 'the registration at both webhooks');
    for (const body of receiver.bodies) {
      expect(body).not.toContain('110101198001018888');
      expect(body).not.toContain('6222020200112233');
      expect(JSON.parse(body).data).not.toHaveProperty('sensitive');
    }
  });
});

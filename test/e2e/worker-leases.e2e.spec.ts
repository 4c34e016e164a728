import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { CountingReceiver } from '../integration/support/counting-receiver.js';
import { bearer } from './support/bearer.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { waitFor } from './support/wait-for.js';

// Several processes on one DATA_DIR, as in the production layout (ROLE=api + ROLE=worker): each background
// job runs in the one worker holding its lease, and admin actions work through any API replica.

// The webhook receiver listens on loopback, a private target that only the allow-list admits.
const ENV = { LEASE_TTL_MS: '600', WEBHOOK_POLL_MS: '50', WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1' };
const role = (dataDir: string, ROLE: string) => startTestApp({ dataDir, env: { ...ENV, ROLE } });

interface ProjectionItem {
  name: string;
  running: boolean;
  holder: string | null;
  rebuilding: boolean;
  lastRebuild: { id: string; state: string; startedBy?: string } | null;
}

describe('one active worker per job, admin actions relayed through the stores', () => {
  let dir: string;
  const apps: TestApp[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-leases-e2e-'));
  });

  afterEach(async () => {
    for (const app of apps.splice(0).reverse()) await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const projections = async (t: TestApp): Promise<ProjectionItem[]> =>
    (await request(t.http).get('/v1/admin/projections').set(bearer(t.adminToken)).expect(200)).body.items;

  it('two ROLE=worker processes deliver each webhook once', async () => {
    const receiver = new CountingReceiver();
    const url = await receiver.start();
    try {
      const api = await role(dir, 'api');
      apps.push(api, await role(dir, 'worker'), await role(dir, 'worker'));
      const integrator = await api.createUser('integrator');
      const sales = await api.createUser('sales');
      await request(api.http)
        .post('/v1/webhooks')
        .set(bearer(integrator))
        .send({ url, eventTypes: ['CustomerRegistered'] })
        .expect(201);
      const customers = 30;
      for (let i = 0; i < customers; i += 1) await api.registerCustomer(sales);

      await waitFor(() => receiver.deliveries.size === customers, 'every registration to be delivered', 20_000);
      await new Promise((resolve) => setTimeout(resolve, 300)); // a second deliverer would have sent by now
      expect(receiver.duplicates()).toEqual([]);
      expect([...receiver.deliveries.values()].reduce((a, b) => a + b, 0)).toBe(customers);
    } finally {
      await receiver.stop();
    }
  });

  it('a rebuild asked of a ROLE=api process answers 202 with its id; the worker carries it out and every replica shows its progress', async () => {
    const api = await role(dir, 'api');
    apps.push(api);
    const asked = await request(api.http).post('/v1/admin/projections/reminders/rebuild').set(bearer(api.adminToken)).expect(202);
    expect(asked.body).toMatchObject({ name: 'reminders', status: 'rebuilding', state: 'requested' });
    const id = asked.body.id as string;
    const waiting = (await projections(api)).find((p) => p.name === 'reminders');
    expect(waiting).toMatchObject({ holder: null, running: false, rebuilding: true, lastRebuild: { id, state: 'requested' } });

    const worker = await role(dir, 'worker');
    apps.push(worker);
    const done = async (t: TestApp) => (await projections(t)).find((p) => p.name === 'reminders')?.lastRebuild?.state === 'done';
    await waitFor(() => done(api), 'the worker to carry out the rebuild');
    for (const replica of [api, worker]) {
      const reminders = (await projections(replica)).find((p) => p.name === 'reminders');
      expect(reminders).toMatchObject({ running: true, rebuilding: false, lastRebuild: { id, state: 'done' } });
      expect(reminders?.holder).toBe(reminders?.lastRebuild?.startedBy);
    }
  });

  it('a rule evaluation asked of a ROLE=api process answers 202 with its id; the worker carries it out and reports', async () => {
    const api = await role(dir, 'api');
    apps.push(api, await role(dir, 'worker'));
    const asked = await request(api.http).post('/v1/admin/rules/evaluate').set(bearer(api.adminToken)).send({}).expect(202);
    const id = asked.body.id as string;
    let job: { state: string; result?: { customers: number; appended: number } } = { state: 'requested' };
    await waitFor(async () => {
      job = (await request(api.http).get(`/v1/admin/rules/evaluations/${id}`).set(bearer(api.adminToken)).expect(200)).body;
      return job.state === 'done';
    }, 'the worker to evaluate the rules');
    expect(job.result).toMatchObject({ customers: 0, appended: 0 });
    await request(api.http).get('/v1/admin/rules/evaluations/nope').set(bearer(api.adminToken)).expect(404);
  });
});

import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EventStore, openSqliteEventStore } from '#event-store';
import { openSqliteLeaseStore } from '#leases';
import { resolveMasterKey, SqliteKeyStore } from '#privacy';
import { ALL_PROJECTIONS, readModelDigest, rebuildProjections } from '#projections';
import { type ReadStore, openSqliteReadStore } from '#read-store';
import { createEventStore, createReadStore, loadConfig } from '#server';
import { SystemClock } from '#shared';
import { CountingReceiver } from './support/counting-receiver.js';

// The production layout on one embedded DATA_DIR: one ROLE=api and two ROLE=worker processes. The worker
// holding the jobs is SIGKILLed while customers are being written; the standby takes its leases over once
// they expire. Afterwards the read models equal a clean rebuild, no reminder or tag was raised twice, and
// each webhook event was delivered — once, but for deliveries the killed worker had in flight.

const CUSTOMERS = 40;
const KILL_AFTER = 15;
const JOBS = ['projections', 'saga-feeder', 'rules', 'webhook-delivery'];
const MASTER_KEY = Buffer.alloc(32, 9).toString('base64');
const MAX_CONCURRENCY = 4;

function env(dataDir: string, role: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_OPTIONS: '',
    NODE_ENV: 'test',
    ROLE: role,
    DATA_DIR: dataDir,
    LEASE_TTL_MS: '1000',
    JWT_SECRET: 'takeover-secret-that-is-long-enough-0123456789',
    DATA_KEY_ENCRYPTION_KEY: MASTER_KEY,
    ADMIN_USERNAME: 'admin',
    ADMIN_PASSWORD: 'admin-password-123',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT: '1000',
    WEBHOOK_POLL_MS: '50',
    WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1', // the receiver is on loopback
    WEBHOOK_MAX_CONCURRENCY: String(MAX_CONCURRENCY),
  };
}

/** Starts the server as a child process; resolves with its port once it listens. */
function startServer(dataDir: string, role: string, children: ChildProcess[]): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(fileURLToPath(new URL('./support/server-process.ts', import.meta.url)), [], {
    env: env(dataDir, role),
    execArgv: ['--conditions=source', '--import', fileURLToPath(new URL('./support/ts-loader.mjs', import.meta.url))],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('message', (message: { port: number }) => resolve({ child, port: message.port }));
    child.once('exit', (code, signal) => reject(new Error(`${role} process ended before listening (code ${code}, signal ${signal})`)));
  });
}

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('two workers and an API on one DATA_DIR, the active worker SIGKILLed mid-stream', () => {
  let dir: string;
  const children: ChildProcess[] = [];
  const receiver = new CountingReceiver();
  let events: EventStore | undefined;
  let store: ReadStore | undefined;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-takeover-'));
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await receiver.stop();
    await events?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the standby takes every job over; read models equal a clean rebuild, nothing is raised twice, every webhook arrives', async () => {
    const hookUrl = await receiver.start();
    const api = await startServer(dir, 'api', children);
    const [first, second] = await Promise.all([startServer(dir, 'worker', children), startServer(dir, 'worker', children)]);
    const leases = openSqliteLeaseStore(join(dir, 'leases.db'));
    const holders = async () => Promise.all(JOBS.map(async (job) => (await leases.holder(job, Date.now()))?.owner.split(':')[1]));

    const base = `http://127.0.0.1:${api.port}`;
    const call = async (path: string, token: string | undefined, body?: unknown, method = body === undefined ? 'GET' : 'POST') => {
      const response = await fetch(base + path, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.json() as Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies of several routes
    };
    const login = async (username: string, password: string) => (await call('/v1/auth/login', undefined, { username, password })).accessToken as string;
    const admin = await login('admin', 'admin-password-123');
    for (const role of ['integrator', 'sales']) await call('/v1/users', admin, { username: role, password: `${role}-password-123`, role });
    const integrator = await login('integrator', 'integrator-password-123');
    const sales = await login('sales', 'sales-password-123');
    await call('/v1/webhooks', integrator, { url: hookUrl, eventTypes: ['CustomerRegistered', 'FollowUpRecorded'] });
    await waitFor(async () => (await holders()).every((pid) => pid !== undefined), 'every job to have a holder');

    const [projectionsHolder] = await holders();
    const active = [first, second].find((w) => String(w.child.pid) === projectionsHolder) ?? first;
    const standby = active === first ? second : first;
    const nextFollowUpAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    for (let i = 0; i < CUSTOMERS; i += 1) {
      if (i === KILL_AFTER) active.child.kill('SIGKILL');
      const { id } = await call('/v1/customers', sales, {
        name: `Takeover ${i}`,
        type: 'enterprise',
        contact: { name: 'Li Si', phone: `1390000${String(i).padStart(4, '0')}`, email: `takeover.${i}@example.com` },
        industry: 'internet',
        region: 'HB',
        source: 'referral',
        size: 'medium',
      });
      await call(`/v1/customers/${id}/follow-ups`, sales, {
        method: 'visit',
        content: 'quote',
        result: 'needs_follow_up',
        nextFollowUpAt,
        outcomes: ['quote_sent'],
      });
    }

    // The standby holds every job once the killed worker's leases ran out, and finishes its work.
    await waitFor(async () => (await holders()).every((pid) => pid === String(standby.child.pid)), 'the standby to hold every job');
    const reactionsPerCustomer = 2; // next-follow-up reminder, pending-deal tag
    events = openSqliteEventStore(join(dir, 'events.db'), new SystemClock());
    const reactions = async () => (await events?.readAll({ types: ['ReminderScheduled', 'CustomerTagged'], limit: 10_000 })) ?? [];
    await waitFor(async () => (await reactions()).length >= CUSTOMERS * reactionsPerCustomer, 'every reminder and tag');
    await waitFor(async () => (await call('/v1/admin/projections', admin)).items.every((p: { lag: number }) => p.lag === 0), 'the projections to catch up');
    await waitFor(() => receiver.deliveries.size === CUSTOMERS * 2, 'every webhook event to arrive');

    const raised = (await reactions()).map((event) => `${event.streamId} ${event.type}`);
    expect(raised).toHaveLength(CUSTOMERS * reactionsPerCustomer);
    expect(new Set(raised).size).toBe(raised.length);
    // Only a delivery the killed worker had sent but not yet recorded can arrive a second time (at least once).
    expect(receiver.duplicates().length).toBeLessThanOrEqual(MAX_CONCURRENCY);

    standby.child.kill('SIGKILL');
    api.child.kill('SIGKILL');
    await leases.close();
    const config = loadConfig(env(dir, 'all'));
    const keys = new SqliteKeyStore(join(dir, 'keys.db'), resolveMasterKey(MASTER_KEY, dir, false));
    const decrypting = await createEventStore(config, new SystemClock(), keys);
    store = await createReadStore(config);
    const clean = openSqliteReadStore(join(dir, 'clean.db'));
    try {
      await clean.prepare(ALL_PROJECTIONS.flatMap((p) => p.collections));
      await rebuildProjections(decrypting, clean, ALL_PROJECTIONS);
      const live = await Promise.all(ALL_PROJECTIONS.map((p) => readModelDigest(store as ReadStore, p)));
      expect(await Promise.all(ALL_PROJECTIONS.map((p) => readModelDigest(clean, p)))).toEqual(live);
    } finally {
      await clean.close();
      await decrypting.close();
    }
  }, 90_000);
});

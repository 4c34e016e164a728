import BetterSqlite3 from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { EVENT_STORE, type EventStore, type ReadMappingEventStore } from '#event-store';
import { bearer } from './support/bearer.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { waitFor } from './support/wait-for.js';

// A subscriber whose subscription fails permanently stops and says so on every replica; a transient
// failure is retried until it recovers. The worker runs projections and sagas; the API replica only
// reads what the worker recorded in the shared stores.

interface ProjectionItem {
  name: string;
  state: string;
  running: boolean;
  position: number;
  lastError: string | null;
  failedAt: string | null;
}

describe('subscribers that fail', () => {
  let dir: string;
  const apps: TestApp[] = [];
  const role = async (ROLE: string) => {
    const app = await startTestApp({ dataDir: dir, env: { ROLE, LEASE_TTL_MS: '600' } });
    apps.push(app);
    return app;
  };
  const projections = async (t: TestApp): Promise<ProjectionItem[]> =>
    (await request(t.http).get('/v1/admin/projections').set(bearer(t.adminToken)).expect(200)).body.items;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-subscriber-failures-'));
  });

  afterEach(async () => {
    for (const app of apps.splice(0).reverse()) await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a stored event that cannot be read stops projections and sagas: GET /v1/admin/projections shows it failed and /health answers 503, on the API replica too', async () => {
    const worker = await role('worker');
    const api = await role('api');
    await worker.registerCustomer(await worker.createUser('sales'));
    await waitFor(async () => (await projections(api)).every((p) => p.running && p.position > 0), 'projections running');

    // Another writer left a row whose data is not JSON (a damaged file, a foreign tool).
    const db = new BetterSqlite3(join(dir, 'events.db'));
    db.prepare('INSERT INTO events (id, stream_id, revision, type, data, metadata) VALUES (?, ?, 0, ?, ?, ?)').run(
      randomUUID(),
      `customer-${randomUUID()}`,
      'CustomerRegistered',
      '{"name": "Acme',
      JSON.stringify({ hash: 'x' }),
    );
    db.close();

    await waitFor(async () => (await projections(api)).every((p) => p.state === 'failed'), 'every projection failed');
    for (const item of await projections(api)) {
      expect(item).toMatchObject({ state: 'failed', running: false, failedAt: expect.any(String) });
      expect(item.lastError).toMatch(/cannot be read/);
    }
    await waitFor(async () => (await request(api.http).get('/health')).body.checks.sagas !== undefined, 'the saga feed recorded as failed');
    for (const replica of [api, worker]) {
      const health = await request(replica.http).get('/health').expect(503);
      expect(health.body.status).toBe('down');
      expect(health.body.checks.projections).toMatchObject({
        status: 'down',
        error: expect.stringMatching(/customer-profiles: An event after position \d+ cannot be read/),
      });
      expect(health.body.checks.sagas).toMatchObject({
        status: 'down',
        error: expect.stringMatching(/customer-rules: An event after position \d+ cannot be read/),
      });
    }
  });

  it('a transient failure of the store is retried: the projections catch up and /health stays 200', async () => {
    const app = await role('all');
    const sales = await app.createUser('sales');
    const stored = (app.app.get<EventStore>(EVENT_STORE) as ReadMappingEventStore).stored;
    const readAll = stored.readAll.bind(stored);
    let busy = 6;
    // Only the subscriptions' page reads (500 events) find the database locked.
    stored.readAll = (options) => {
      if (busy <= 0 || options.limit !== 500) return readAll(options);
      busy -= 1;
      return Promise.reject(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }));
    };
    await waitFor(() => busy === 0, 'the subscriptions met the busy store', 15_000);
    const { position } = await app.registerCustomer(sales);

    await waitFor(async () => (await projections(app)).every((p) => p.position >= position), 'projections caught up after the busy store', 15_000);
    for (const item of await projections(app)) expect(item).toMatchObject({ state: 'running', running: true, lastError: null, failedAt: null });
    expect((await request(app.http).get('/health').expect(200)).body.status).toBe('up');
  });
});

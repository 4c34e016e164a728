import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { bearer } from './support/bearer.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Whoever can read the event store (a backup, a replica, an operator) must not be able to sign
// deliveries as Dossier: a webhook's secrets are stored encrypted with the webhook's own key.
describe('webhook secrets at rest', () => {
  let t: TestApp;
  let integrator: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ env: { LOG_LEVEL: 'silent' } });
    integrator = await t.createUser('integrator');
  });
  afterAll(() => t.close({ removeData: true }));

  const storedEvents = (streamId: string) => {
    const db = new BetterSqlite3(join(t.dataDir, 'events.db'), { readonly: true });
    try {
      const rows = db.prepare('SELECT type, data FROM events WHERE stream_id = ? ORDER BY revision').all(streamId) as { type: string; data: string }[];
      return rows.map((row) => ({ type: row.type, data: JSON.parse(row.data) as Record<string, unknown> }));
    } finally {
      db.close();
    }
  };
  const onDisk = (secret: string) =>
    ['events.db', 'events.db-wal'].some((file) => existsSync(join(t.dataDir, file)) && readFileSync(join(t.dataDir, file)).includes(secret));

  it('stores the registered and the rotated secret as ciphertext, and still answers with them', async () => {
    const register = () =>
      request(t.http)
        .post('/v1/webhooks')
        .set(bearer(integrator))
        .set('Idempotency-Key', 'webhook-secret-at-rest')
        .send({ url: 'https://93.184.216.34/at-rest', eventTypes: ['CustomerRegistered'] });
    const created = await register().expect(201);
    const { id, secret } = created.body as { id: string; secret: string };
    const rotate = () => request(t.http).post(`/v1/webhooks/${id}/rotate-secret`).set(bearer(integrator)).set('Idempotency-Key', 'rotate-at-rest');
    const rotated = (await rotate().expect(200)).body.secret as string;

    const events = storedEvents(`webhook-${id}`);
    expect(events.map((event) => event.type)).toEqual(['WebhookRegistered', 'WebhookSecretRotated']);
    for (const event of events) expect(event.data.secret).toMatch(/^enc:v1:/);
    expect(onDisk(secret)).toBe(false);
    expect(onDisk(rotated)).toBe(false);

    // The retried registration answers as the first time (SPEC: Idempotency-Key), its stored secret read back through its key.
    const retried = await register();
    expect(retried.status).toBeLessThan(300);
    expect(retried.body).toMatchObject({ id, secret });
    expect((await rotate().expect(200)).body.secret).toBe(rotated);
  });
});

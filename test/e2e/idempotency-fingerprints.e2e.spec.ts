import { createHash } from 'node:crypto';
import request from 'supertest';
import { canonicalJson, EVENT_STORE, type EventStore } from '#event-store';
import { IdempotencyStore } from '#application';
import { idempotencyStream, type Actor } from '#domain';
import { bearer } from './support/bearer.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// An idempotency record keeps a keyed fingerprint of its request: the body of POST /v1/users holds a password.

describe('idempotency records of requests that carry a password', () => {
  let t: TestApp;
  let admin: Actor;

  beforeAll(async () => {
    t = await startTestApp();
    const claims = JSON.parse(Buffer.from(t.adminToken.split('.')[1]!, 'base64url').toString()) as { sub: string };
    admin = { userId: claims.sub, role: 'admin' };
  });
  afterAll(() => t.close({ removeData: true }));

  const createUser = (key: string, body: Record<string, unknown>) =>
    request(t.http).post('/v1/users').set(bearer(t.adminToken)).set('idempotency-key', key).send(body);
  const storedRecord = async (key: string) => {
    const fingerprint = t.app.get(IdempotencyStore).fingerprint(admin, key);
    return JSON.stringify(await t.app.get<EventStore>(EVENT_STORE).readStream(idempotencyStream(fingerprint)));
  };
  const sha256Of = (body: Record<string, unknown>) =>
    createHash('sha256')
      .update(`POST /v1/users ${canonicalJson(body)}`)
      .digest('hex');

  it('stores no unkeyed hash of the body; the same body gets the stored answer, another body 422', async () => {
    const body = { username: 'idem-heron', password: 'blue-heron-lantern-42', role: 'sales' };
    const first = await createUser('user-1', body).expect(201);
    const record = await storedRecord('user-1');
    expect(record).toContain(first.body.id as string);
    expect(record).not.toContain(sha256Of(body));
    expect(record).not.toContain(body.password);

    const again = await createUser('user-1', body).expect(201);
    expect(again.body).toEqual(first.body);
    const other = await createUser('user-1', { ...body, password: 'green-otter-compass-17' });
    expect(other.status).toBe(422);
    expect(other.headers['content-type']).toMatch(/problem\+json/);
  });

  it('a record written under the unkeyed rule still answers its request, and only that one', async () => {
    const body = { username: 'idem-legacy', password: 'amber-falcon-harbor-93', role: 'sales' };
    const answer = { id: 'answered-before-the-keyed-rule' };
    const key = 'legacy-1';
    const fingerprint = t.app.get(IdempotencyStore).fingerprint(admin, key);
    await t.app.get(IdempotencyStore).save(fingerprint, { requestHash: sha256Of(body), body: answer }, admin, 'legacy-record', new Date());

    expect((await createUser(key, body).expect(201)).body).toEqual(answer);
    expect((await createUser(key, { ...body, role: 'admin' })).status).toBe(422);
  });
});

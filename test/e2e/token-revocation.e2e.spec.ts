import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { bearer } from './support/bearer.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// A token stands for the user as they are now: a password, disable, role or team change ends it at once.

describe('token revocation', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close({ removeData: true }));

  const patch = (user: TestUser, body: Record<string, unknown>) =>
    request(t.http).patch(`/v1/users/${user.id}`).set(bearer(t.adminToken)).send(body).expect(200);
  const customers = (token: string) => request(t.http).get('/v1/customers').set(bearer(token));

  it('a password change ends earlier tokens, the one used included; a new login works', async () => {
    const rep = await t.createUser('sales', 'north');
    const other = await t.login(rep.username, rep.password);
    await customers(rep.token).expect(200);
    await request(t.http)
      .post('/v1/auth/password')
      .set(bearer(rep.token))
      .send({ currentPassword: rep.password, newPassword: 'blue-heron-lantern-42' })
      .expect(204);
    await customers(rep.token).expect(401);
    await customers(other).expect(401);
    await customers(await t.login(rep.username, 'blue-heron-lantern-42')).expect(200);
  });

  it('a disable ends tokens and logins; enabled again, only a new login works', async () => {
    const rep = await t.createUser('sales', 'north');
    await customers(rep.token).expect(200);
    await patch(rep, { disabled: true });
    const refused = await customers(rep.token).expect(401);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    await request(t.http).post('/v1/auth/login').send({ username: rep.username, password: rep.password }).expect(401);
    await patch(rep, { disabled: false });
    await customers(rep.token).expect(401);
    await customers(await t.login(rep.username, rep.password)).expect(200);
  });

  it('a role change ends tokens; the new login acts with the new role', async () => {
    const rep = await t.createUser('sales', 'north');
    await request(t.http).get('/v1/users').set(bearer(rep.token)).expect(403);
    await patch(rep, { role: 'admin' });
    await request(t.http).get('/v1/users').set(bearer(rep.token)).expect(401);
    await request(t.http)
      .get('/v1/users')
      .set(bearer(await t.login(rep.username, rep.password)))
      .expect(200);
  });

  it('a team change ends tokens', async () => {
    const manager = await t.createUser('manager', 'north');
    await customers(manager.token).expect(200);
    await patch(manager, { teamId: 'south' });
    await customers(manager.token).expect(401);
    await customers(await t.login(manager.username, manager.password)).expect(200);
  });

  it('refuses the well-signed token of a user who does not exist', async () => {
    const ghost = await t.app.get(JwtService).signAsync({ sub: randomUUID(), username: 'ghost', role: 'admin', ver: 0 });
    await request(t.http).get('/v1/users').set(bearer(ghost)).expect(401);
  });

  it('an email change keeps the tokens', async () => {
    const rep = await t.createUser('sales', 'north');
    await patch(rep, { email: 'rep@example.com' });
    await customers(rep.token).expect(200);
  });
});

describe('token revocation across API replicas', () => {
  it('a replica refuses at once a token revoked through another one', async () => {
    const first = await startTestApp();
    // A second API replica on the same store; its own user cache was filled before the revocation.
    const second = await startTestApp({ dataDir: first.dataDir, env: { ROLE: 'api' } });
    try {
      const rep = await first.createUser('sales', 'north');
      await request(second.http).get('/v1/customers').set(bearer(rep)).expect(200);
      await request(first.http).patch(`/v1/users/${rep.id}`).set(bearer(first.adminToken)).send({ disabled: true }).expect(200);
      await request(second.http).get('/v1/customers').set(bearer(rep)).expect(401);
    } finally {
      await second.close();
      await first.close({ removeData: true });
    }
  });
});

describe('password change rate limit', () => {
  it('answers 429 after LOGIN_RATE_LIMIT wrong currentPassword attempts a minute', async () => {
    const t = await startTestApp({ env: { LOGIN_RATE_LIMIT: '3' } });
    try {
      const rep = await t.createUser('service');
      const attempt = (currentPassword: string) =>
        request(t.http).post('/v1/auth/password').set(bearer(rep)).send({ currentPassword, newPassword: 'blue-heron-lantern-42' });
      for (let i = 0; i < 3; i++) expect((await attempt(`wrong-guess-${i}`)).status).toBe(401);
      const limited = await attempt(rep.password);
      expect(limited.status).toBe(429);
      expect(limited.headers['content-type']).toMatch(/problem\+json/);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await t.close({ removeData: true });
    }
  });
});

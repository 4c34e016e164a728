import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp, loadConfig } from '#server';
import { bearer } from './support/bearer.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Admins disable, re-role, move and reset users; all of it is events in the user's stream, shown in its history.

const PASSWORD_CHANGE_REQUIRED = /\/password-change-required$/;

describe('users lifecycle', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close({ removeData: true }));

  const admin = () => bearer(t.adminToken);
  const createUser = (body: Record<string, unknown>) =>
    request(t.http)
      .post('/v1/users')
      .set(admin())
      .send({ role: 'sales', ...body });

  it('PATCH changes role, team and email; null clears; GET shows the user without secrets', async () => {
    const rep = await t.createUser('sales', 'north');
    const changed = await request(t.http)
      .patch(`/v1/users/${rep.id}`)
      .set(admin())
      .send({ role: 'manager', teamId: 'south', email: 'rep@example.com' })
      .expect(200);
    expect(changed.body).toEqual({ userId: rep.id, username: rep.username, role: 'manager', teamId: 'south', email: 'rep@example.com' });
    const shown = await request(t.http).get(`/v1/users/${rep.id}`).set(admin()).expect(200);
    expect(shown.body).toEqual(changed.body);
    const cleared = await request(t.http).patch(`/v1/users/${rep.id}`).set(admin()).send({ teamId: null, email: null }).expect(200);
    expect(cleared.body).toEqual({ userId: rep.id, username: rep.username, role: 'manager' });
    expect(JSON.stringify(shown.body)).not.toMatch(/scrypt|passwordHash|tokenVersion/);
  });

  it('disables and enables a user; the list shows who is disabled', async () => {
    const rep = await t.createUser('service');
    await request(t.http).patch(`/v1/users/${rep.id}`).set(admin()).send({ disabled: true }).expect(200);
    const list = await request(t.http).get('/v1/users').set(admin()).expect(200);
    expect(list.body.items.find((u: { userId: string }) => u.userId === rep.id)).toEqual(expect.objectContaining({ disabled: true }));
    await request(t.http).post('/v1/auth/login').send({ username: rep.username, password: rep.password }).expect(401);
    const enabled = await request(t.http).patch(`/v1/users/${rep.id}`).set(admin()).send({ disabled: false }).expect(200);
    expect(enabled.body).not.toHaveProperty('disabled');
    await t.login(rep.username, rep.password);
  });

  it('refuses a bad email, an unknown role, an unknown user, a non-admin and disabling oneself', async () => {
    const rep = await t.createUser('sales');
    const badEmail = await request(t.http).patch(`/v1/users/${rep.id}`).set(admin()).send({ email: 'not-an-email' }).expect(400);
    expect(badEmail.body.errors).toEqual([expect.objectContaining({ field: 'email' })]);
    const badRole = await request(t.http).patch(`/v1/users/${rep.id}`).set(admin()).send({ role: 'emperor' }).expect(400);
    expect(badRole.body.errors).toEqual([expect.objectContaining({ field: 'role' })]);
    await request(t.http).patch('/v1/users/00000000-0000-4000-8000-000000000000').set(admin()).send({ disabled: true }).expect(404);
    await request(t.http).patch(`/v1/users/${rep.id}`).set(bearer(rep)).send({ role: 'admin' }).expect(403);
    await request(t.http).post(`/v1/users/${rep.id}/reset-password`).set(bearer(rep)).expect(403);
    const adminId = (await request(t.http).get('/v1/users').set(admin()).expect(200)).body.items.find((u: { role: string }) => u.role === 'admin').userId;
    await request(t.http).patch(`/v1/users/${adminId}`).set(admin()).send({ disabled: true }).expect(400);
  });

  it('creates a user with an email, and refuses an invalid one', async () => {
    const created = await createUser({ username: 'mail.user', password: 'blue-heron-lantern-42', email: 'mail.user@example.com' }).expect(201);
    expect((await request(t.http).get(`/v1/users/${created.body.id}`).set(admin()).expect(200)).body.email).toBe('mail.user@example.com');
    const refused = await createUser({ username: 'mail.user2', password: 'blue-heron-lantern-42', email: 'nope' }).expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'email' })]);
  });

  it('a reset answers a generated password once; until it is changed every route but the password change answers 403', async () => {
    const rep = await t.createUser('sales', 'north');
    const reset = await request(t.http).post(`/v1/users/${rep.id}/reset-password`).set(admin()).expect(200);
    expect(reset.body).toEqual({ password: expect.any(String), mustChangePassword: true });
    await customersAs(rep.token).expect(401);
    await request(t.http).post('/v1/auth/login').send({ username: rep.username, password: rep.password }).expect(401);
    await firstLoginChangesPassword(rep.username, reset.body.password as string);
  });

  it('refuses a reset with an Idempotency-Key, whose stored answer would keep the password', async () => {
    const rep = await t.createUser('sales');
    await request(t.http).post(`/v1/users/${rep.id}/reset-password`).set(admin()).set('idempotency-key', 'reset-1').expect(400);
    await customersAs(rep.token).expect(200);
  });

  it('a user created with mustChangePassword must change it at first login; without it the password is usable', async () => {
    await createUser({ username: 'first.login', password: 'blue-heron-lantern-42', mustChangePassword: true }).expect(201);
    await firstLoginChangesPassword('first.login', 'blue-heron-lantern-42');
    await createUser({ username: 'integrator.acct', password: 'blue-heron-lantern-42', role: 'integrator' }).expect(201);
    const login = await request(t.http).post('/v1/auth/login').send({ username: 'integrator.acct', password: 'blue-heron-lantern-42' }).expect(200);
    expect(login.body).not.toHaveProperty('mustChangePassword');
  });

  it('shows every change in the user’s history, with who did it, and never a password hash', async () => {
    const rep = await t.createUser('sales', 'north');
    await request(t.http).patch(`/v1/users/${rep.id}`).set(admin()).send({ role: 'manager', teamId: 'south', email: 'h@example.com' }).expect(200);
    await request(t.http).patch(`/v1/users/${rep.id}`).set(admin()).send({ disabled: true }).expect(200);
    await request(t.http).patch(`/v1/users/${rep.id}`).set(admin()).send({ disabled: false }).expect(200);
    await request(t.http).post(`/v1/users/${rep.id}/reset-password`).set(admin()).expect(200);
    const auditor = await t.createUser('auditor');
    const history = await request(t.http).get(`/v1/users/${rep.id}/history`).set(bearer(auditor)).expect(200);
    expect(history.body.items.map((item: { type: string }) => item.type)).toEqual([
      'UserCreated',
      'UserRoleChanged',
      'UserTeamChanged',
      'UserEmailChanged',
      'UserDisabled',
      'UserEnabled',
      'UserPasswordReset',
    ]);
    expect(history.body.items[1]).toEqual(
      expect.objectContaining({ data: { userId: rep.id, from: 'sales', to: 'manager' }, metadata: expect.objectContaining({ actorRole: 'admin' }) }),
    );
    expect(JSON.stringify(history.body)).not.toMatch(/scrypt|passwordHash/);
    await request(t.http).get(`/v1/users/${rep.id}/history`).set(bearer(rep.token)).expect(401);
    await request(t.http)
      .get(`/v1/users/${auditor.id}/history`)
      .set(bearer(await t.createUser('sales')))
      .expect(403);
  });

  const customersAs = (token: string) => request(t.http).get('/v1/customers').set(bearer(token));

  async function firstLoginChangesPassword(username: string, password: string): Promise<void> {
    const login = await request(t.http).post('/v1/auth/login').send({ username, password }).expect(200);
    expect(login.body.mustChangePassword).toBe(true);
    const pending = login.body.accessToken as string;
    for (const call of [customersAs(pending), request(t.http).get('/v1/reminders').set(bearer(pending))]) {
      const refused = await call.expect(403);
      expect(refused.body.type).toMatch(PASSWORD_CHANGE_REQUIRED);
      expect(refused.body.detail).toMatch(/password must be changed/);
    }
    await request(t.http).post('/v1/auth/password').set(bearer(pending)).send({ currentPassword: password, newPassword: 'quiet-otter-meadow-77' }).expect(204);
    await customersAs(pending).expect(401);
    const fresh = await request(t.http).post('/v1/auth/login').send({ username, password: 'quiet-otter-meadow-77' }).expect(200);
    expect(fresh.body).not.toHaveProperty('mustChangePassword');
    await customersAs(fresh.body.accessToken as string).expect(200);
  }
});

describe('weak passwords', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close({ removeData: true }));

  it('user creation refuses common and user-derived passwords, naming password and why', async () => {
    for (const [username, password, extra] of [
      ['weak.one', 'password1234', {}],
      ['wangfang88', 'wangfang88!!', {}],
      ['team.user', 'northstar-sales', { teamId: 'northstar-sales' }],
      ['mail.weak', 'meilingwang!!', { email: 'meilingwang@example.com' }],
    ] as const) {
      const refused = await request(t.http)
        .post('/v1/users')
        .set(bearer(t.adminToken))
        .send({ username, password, role: 'sales', ...extra })
        .expect(400);
      expect(refused.body.errors).toEqual([{ field: 'password', message: expect.stringMatching(/^password (is too weak|must be)/) }]);
    }
  });

  it('the password change refuses a weak newPassword', async () => {
    const rep = await t.createUser('service');
    const refused = await request(t.http)
      .post('/v1/auth/password')
      .set(bearer(rep))
      .send({ currentPassword: rep.password, newPassword: 'qwertyuiop12' })
      .expect(400);
    expect(refused.body.errors).toEqual([{ field: 'newPassword', message: expect.stringMatching(/^newPassword is too weak/) }]);
    await request(t.http)
      .post('/v1/auth/password')
      .set(bearer(rep))
      .send({ currentPassword: rep.password, newPassword: rep.username.repeat(2) })
      .expect(400);
  });

  it('a weak ADMIN_PASSWORD stops the start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
    try {
      await expect(startTestApp({ dataDir, env: { ADMIN_PASSWORD: 'password123' } })).rejects.toThrow(/ADMIN_PASSWORD is too weak/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('bootstrap admin without ADMIN_PASSWORD', () => {
  it('writes a generated password that must be changed at the first login', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      JWT_SECRET: 'e2e-secret-that-is-long-enough-0123456789',
      DATA_KEY_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      LOG_LEVEL: 'silent',
    });
    const app = await createApp(config);
    try {
      const password = readFileSync(join(dataDir, 'initial-admin-password'), 'utf8').trim();
      const login = await request(app.getHttpServer()).post('/v1/auth/login').send({ username: 'admin', password }).expect(200);
      expect(login.body.mustChangePassword).toBe(true);
      const refused = await request(app.getHttpServer())
        .get('/v1/users')
        .set(bearer(login.body.accessToken as string))
        .expect(403);
      expect(refused.body.type).toMatch(PASSWORD_CHANGE_REQUIRED);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

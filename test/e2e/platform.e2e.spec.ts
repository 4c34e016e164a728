import request from 'supertest';
import { bearer } from './support/bearer.js';
import { ADMIN, startTestApp, type TestApp } from './support/test-app.js';

describe('auth, users and operations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close({ removeData: true }));

  it('bootstraps the admin, who creates users with roles and lists them without password hashes', async () => {
    const rep = await t.createUser('sales', 'north');
    const list = await request(t.http).get('/v1/users').set(bearer(t.adminToken)).expect(200);
    const entry = list.body.items.find((u: { userId: string }) => u.userId === rep.id);
    expect(entry).toEqual({ userId: rep.id, username: rep.username, role: 'sales', teamId: 'north' });
    expect(JSON.stringify(list.body)).not.toContain('scrypt');
    await request(t.http).get('/v1/users').set(bearer(rep.token)).expect(403);
  });

  it('refuses a taken username with 409 and a weak password with 400', async () => {
    await request(t.http).post('/v1/users').set(bearer(t.adminToken)).send({ username: ADMIN.username, password: 'long-enough-pw', role: 'sales' }).expect(409);
    const weak = await request(t.http).post('/v1/users').set(bearer(t.adminToken)).send({ username: 'weakling', password: 'short', role: 'sales' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toEqual([expect.objectContaining({ field: 'password' })]);
  });

  it('answers a wrong password with 401 and issues a JWT with its lifetime', async () => {
    await request(t.http).post('/v1/auth/login').send({ username: ADMIN.username, password: 'wrong' }).expect(401);
    await request(t.http).post('/v1/auth/login').send({ username: 'nobody', password: 'wrong' }).expect(401);
    const ok = await request(t.http).post('/v1/auth/login').send(ADMIN).expect(200);
    expect(ok.body).toEqual({ accessToken: expect.any(String), expiresIn: 3600, tokenType: 'Bearer' });
  });

  it('changes one’s own password: the old one stops working', async () => {
    const rep = await t.createUser('service');
    await request(t.http).post('/v1/auth/password').set(bearer(rep.token)).send({ currentPassword: 'wrong', newPassword: 'a-new-password-1' }).expect(401);
    await request(t.http).post('/v1/auth/password').set(bearer(rep.token)).send({ currentPassword: rep.password, newPassword: 'a-new-password-1' }).expect(204);
    await request(t.http).post('/v1/auth/login').send({ username: rep.username, password: rep.password }).expect(401);
    await t.login(rep.username, 'a-new-password-1');
  });

  it('reports health with the store check, and serves the OpenAPI document', async () => {
    const health = await request(t.http).get('/health').expect(200);
    expect(health.body).toEqual({ status: 'up', checks: { eventStore: { status: 'up' }, readStore: { status: 'up' } } });
    const openApi = await request(t.http).get('/docs/openapi.json').expect(200);
    expect(Object.keys(openApi.body.paths)).toEqual(expect.arrayContaining(['/v1/customers', '/v1/customers/{id}/follow-ups', '/v1/auth/login']));
    expect(openApi.body.components.schemas.RegisterCustomerDto.properties).toHaveProperty('contact');
  });

  it('exposes Prometheus metrics, with request durations by route template', async () => {
    await request(t.http).get('/health').expect(200);
    const scrape = await request(t.http).get('/metrics').expect(200);
    expect(scrape.headers['content-type']).toMatch(/^text\/plain/);
    expect(scrape.text).toMatch(/dossier_http_request_duration_seconds_count\{method="GET",route="\/health",status="200"\} [1-9]/);
    expect(scrape.text).toContain('dossier_process_resident_memory_bytes');
  });
});

describe('login rate limit', () => {
  it('answers 429 after LOGIN_RATE_LIMIT attempts a minute', async () => {
    const t = await startTestApp({ env: { LOGIN_RATE_LIMIT: '3' } });
    try {
      // startTestApp logged in once already.
      await request(t.http).post('/v1/auth/login').send({ username: 'x', password: 'y' }).expect(401);
      await request(t.http).post('/v1/auth/login').send({ username: 'x', password: 'y' }).expect(401);
      const limited = await request(t.http).post('/v1/auth/login').send(ADMIN);
      expect(limited.status).toBe(429);
      expect(limited.headers['content-type']).toMatch(/problem\+json/);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await t.close({ removeData: true });
    }
  });
});

describe('durability', () => {
  it('keeps customers, users and their history across an app restart', async () => {
    const first = await startTestApp();
    const rep = await first.createUser('sales');
    const created = await first.registerCustomer(rep);
    await request(first.http)
      .post(`/v1/customers/${created.id}/follow-ups`)
      .set(bearer(rep.token))
      .send({ method: 'email', content: 'sent brochure', result: 'interested' })
      .expect(201);
    await first.close();

    const second = await startTestApp({ dataDir: first.dataDir });
    try {
      const token = await second.login(rep.username, rep.password);
      const customer = await request(second.http)
        .get(`/v1/customers/${created.id}`)
        .set(bearer(token))
        .set('x-min-position', String(await second.headPosition()))
        .expect(200);
      expect(customer.body).toMatchObject({ revision: 1, followUpCount: 1, ownerId: rep.id });
    } finally {
      await second.close({ removeData: true });
    }
  });
});

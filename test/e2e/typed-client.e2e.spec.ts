import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createDossierClient, type DossierClient } from '#api-client';
import { API_TYPES_FILE, apiTypesSource } from '#server';
import { ROOT } from '../architecture/source-files.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// The generated client against the real server over loopback HTTP: its types come from the committed
// libs/api-client/src/schema.d.ts, which must equal a fresh generation from this server's document, so the
// contract cannot drift without this suite (and the typecheck of the journey below) noticing.

describe('The typed API client (e2e)', () => {
  let t: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t.close({ removeData: true }));

  const signedIn = async (username: string, password: string): Promise<DossierClient> => {
    const anonymous = createDossierClient(baseUrl);
    const { data, error } = await anonymous.POST('/v1/auth/login', { body: { username, password } });
    if (!data) throw new Error(`login failed: ${JSON.stringify(error)}`);
    return createDossierClient(baseUrl, { headers: { authorization: `${data.tokenType} ${data.accessToken}` } });
  };

  it('has committed types equal to a fresh generation from the served document (else run npm run api:types)', async () => {
    const document = (await request(t.http).get('/docs/openapi.json').expect(200)).body;
    const committed = readFileSync(`${ROOT}/${API_TYPES_FILE}`, 'utf8');
    const fresh = await apiTypesSource(document);
    expect({ file: API_TYPES_FILE, current: committed === fresh }).toEqual({ file: API_TYPES_FILE, current: true });
  });

  it('runs a whole journey: login → register → follow-up → status change → list → profile → funnel → history', async () => {
    const salesUser = await t.createUser('sales');
    const sales = await signedIn(salesUser.username, salesUser.password);
    const admin = await signedIn('admin', 'admin-password-123');

    const registered = await sales.POST('/v1/customers', {
      body: {
        name: 'Typed Client Trading',
        type: 'enterprise',
        contact: { name: 'Wang Wu', phone: '13912345678', email: 'wang.wu@example.com' },
        industry: 'retail',
        region: 'HB',
        source: 'online',
      },
    });
    expect(registered.response.status).toBe(201);
    const id = registered.data!.id;
    const path = { path: { id } };

    const followUp = await sales.POST('/v1/customers/{id}/follow-ups', {
      params: path,
      body: { method: 'visit', content: 'demo on site', result: 'interested' },
    });
    expect(followUp.response.status).toBe(201);
    const status = await sales.POST('/v1/customers/{id}/status', { params: path, body: { to: 'qualified', reason: 'budget confirmed' } });
    expect(status.data).toEqual({ id, revision: 2, position: expect.any(Number) });
    const minPosition = String(status.data!.position);

    const list = await sales.GET('/v1/customers', { params: { query: { minPosition, q: 'Typed Client' } } });
    expect(list.data!.items.map((c) => [c.id, c.status, c.contact.phone])).toEqual([[id, 'qualified', '13912345678']]);

    const profile = await sales.GET('/v1/customers/{id}', { params: { ...path, header: { 'X-Min-Position': minPosition } } });
    expect(profile.data).toEqual(expect.objectContaining({ id, status: 'qualified', followUpCount: 1, lastFollowUpResult: 'interested', revision: 2 }));
    expect(profile.response.headers.get('etag')).toBe('"2"');

    const funnel = await admin.GET('/v1/analytics/funnel', { params: { query: { minPosition } } });
    // This app's only customer: registered, then qualified.
    expect(funnel.data!.groups.map((g) => [g.registered, g.reached.qualified, g.current.qualified])).toEqual([[1, 1, 1]]);

    const history = await admin.GET('/v1/customers/{id}/history', { params: path });
    expect(history.data!.items.map((e) => [e.type, e.metadata.actorId])).toEqual([
      ['CustomerRegistered', salesUser.id],
      ['FollowUpRecorded', salesUser.id],
      ['CustomerStatusChanged', salesUser.id],
    ]);
  });

  it('answers errors as typed problem details naming the field', async () => {
    const admin = await signedIn('admin', 'admin-password-123');
    const bad = await admin.POST('/v1/customers', {
      body: { name: 'No Region', type: 'enterprise', contact: { phone: '13912345670' }, industry: 'retail', region: 'lowercase', source: 'online' },
    });
    expect(bad.response.status).toBe(400);
    expect(bad.error!.errors).toEqual([{ field: 'region', message: expect.any(String) }]);
  });
});

// Compiled, never run: the typecheck refuses a field the contract does not have.
export async function refusedByTheTypecheck(client: DossierClient): Promise<void> {
  await client.POST('/v1/customers/{id}/status', {
    params: { path: { id: 'x' } },
    // @ts-expect-error -- `status` is not a field of the status change; `to` is
    body: { status: 'won', reason: 'contract signed' },
  });
  const { data } = await client.GET('/v1/customers/{id}', { params: { path: { id: 'x' } } });
  // @ts-expect-error -- a profile has no `phone` at the top level: it is contact.phone
  void data?.phone;
}

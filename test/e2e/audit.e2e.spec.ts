import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import request from 'supertest';
import { ExportSigningKey, StreamAnchorWriter, checkSignedExport, parsePublicKey } from '#audit';
import { ManualClock } from '#shared';
import { bearer } from './support/bearer.js';
import { customerBody, startTestApp, type TestApp, type TestUser } from './support/test-app.js';

const MINUTE = 60_000;

describe('audit over HTTP: history, status history, as-of, verify', () => {
  let t: TestApp;
  let clock: ManualClock;
  let sales: TestUser;
  let auditor: TestUser;
  let admin: { token: string };

  beforeAll(async () => {
    clock = new ManualClock(new Date());
    t = await startTestApp({ clock });
    admin = { token: t.adminToken };
    sales = await t.createUser('sales');
    auditor = await t.createUser('auditor');
  });
  afterAll(() => t.close({ removeData: true }));

  /** Registered, qualified, a follow-up, tagged, won: one event per minute of store time. */
  async function customerWithFiveEvents(): Promise<{ id: string; phone: string }> {
    clock.advance(MINUTE);
    const body = customerBody();
    const { id } = (await request(t.http).post('/v1/customers').set(bearer(sales)).send(body).expect(201)).body as { id: string };
    const steps: [string, Record<string, unknown>][] = [
      ['status', { to: 'qualified', reason: 'budget confirmed' }],
      ['follow-ups', { method: 'phone', content: 'called', result: 'interested' }],
      ['tags', { tag: 'vip' }],
      ['status', { to: 'won', reason: 'signed' }],
    ];
    for (const [path, payload] of steps) {
      clock.advance(MINUTE);
      const res = await request(t.http).post(`/v1/customers/${id}/${path}`).set(bearer(sales)).send(payload);
      expect(res.status).toBeLessThan(300);
    }
    return { id, phone: (body.contact as { phone: string }).phone };
  }

  const tamper = (sql: string, ...params: unknown[]) => {
    const db = new BetterSqlite3(join(t.dataDir, 'events.db'));
    try {
      db.prepare(sql).run(...params);
    } finally {
      db.close();
    }
  };
  const get = (user: { token: string }, path: string) => request(t.http).get(path).set(bearer(user));

  describe('history', () => {
    it('pages every event with its full metadata, in revision order', async () => {
      const { id } = await customerWithFiveEvents();
      const first = (await get(auditor, `/v1/customers/${id}/history?limit=2`).expect(200)).body;
      expect(first.items.map((e: { revision: number }) => e.revision)).toEqual([0, 1]);
      expect(first.nextRevision).toBe(2);
      const rest = (await get(auditor, `/v1/customers/${id}/history?fromRevision=2&limit=10`).expect(200)).body;
      expect(rest.nextRevision).toBeNull();
      const items = [...first.items, ...rest.items];
      expect(items.map((e: { type: string }) => e.type)).toEqual([
        'CustomerRegistered',
        'CustomerStatusChanged',
        'FollowUpRecorded',
        'CustomerTagged',
        'CustomerStatusChanged',
      ]);
      expect(items[1]).toEqual({
        id: expect.any(String),
        type: 'CustomerStatusChanged',
        revision: 1,
        position: expect.any(Number),
        data: expect.objectContaining({ from: 'prospect', to: 'qualified', reason: 'budget confirmed' }),
        metadata: expect.objectContaining({
          actorId: sales.id,
          actorRole: 'sales',
          correlationId: expect.any(String),
          causationId: expect.any(String),
          occurredAt: expect.any(String),
          recordedAt: expect.any(String),
          schemaVersion: 1,
          prevHash: items[0].metadata.hash,
          hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        }),
      });
    });

    it('masks contact data for the auditor, not for the admin', async () => {
      const { id, phone } = await customerWithFiveEvents();
      const asAuditor = (await get(auditor, `/v1/customers/${id}/history?limit=1`).expect(200)).body.items[0];
      expect(asAuditor.data.contact.phone).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
      const asAdmin = (await get(admin, `/v1/customers/${id}/history?limit=1`).expect(200)).body.items[0];
      expect(asAdmin.data.contact.phone).toBe(phone);
    });

    it('exports signed CSV: the first line carries the SHA-256 of the rest', async () => {
      const { id } = await customerWithFiveEvents();
      const res = await get(admin, `/v1/customers/${id}/history?format=csv`).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(checkSignedExport(res.text)).toMatchObject({ valid: true });
      expect(res.text.trimEnd().split('\n')).toHaveLength(2 + 5);
    });

    it('signs exports with the Ed25519 key served to anyone at /v1/audit/signing-key', async () => {
      const { id } = await customerWithFiveEvents();
      const served = await request(t.http).get('/v1/audit/signing-key').expect(200);
      expect(served.body).toMatchObject({ algorithm: 'Ed25519', keyId: expect.stringMatching(/^[0-9a-f]{16}$/), jwk: { kty: 'OKP', crv: 'Ed25519' } });
      const publicKey = parsePublicKey(served.body.pem as string);
      const file = (await get(admin, `/v1/customers/${id}/history?format=csv`).expect(200)).text;
      expect(checkSignedExport(file, publicKey)).toMatchObject({ valid: true, signature: 'valid', keyId: served.body.keyId });
      const lines = file.split('\n');
      const tampered = [...lines.slice(0, 2), lines[2].replace('CustomerRegistered', 'CustomerRegistred'), ...lines.slice(3)].join('\n');
      expect(tampered).not.toBe(file);
      expect(checkSignedExport(tampered, publicKey).valid).toBe(false);
      expect(checkSignedExport(file, ExportSigningKey.fromSeed(Buffer.alloc(32, 5)).publicKey).valid).toBe(false);
      const openApi = (await request(t.http).get('/docs/openapi.json').expect(200)).body as { paths: Record<string, { get?: { security?: unknown } }> };
      expect(openApi.paths['/v1/audit/signing-key']?.get).toBeDefined();
    });

    it('answers 404 for an unknown customer and 400 for a bad limit', async () => {
      const unknown = await get(auditor, '/v1/customers/00000000-0000-4000-8000-000000000000/history');
      expect(unknown.status).toBe(404);
      expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
      const { id } = await customerWithFiveEvents();
      await get(auditor, `/v1/customers/${id}/history?limit=0`).expect(400);
    });
  });

  it('lists the status history, registration first', async () => {
    const { id } = await customerWithFiveEvents();
    const body = (await get(auditor, `/v1/customers/${id}/status-history`).expect(200)).body;
    expect(body).toEqual([
      expect.objectContaining({ from: null, to: 'prospect', actorId: sales.id, occurredAt: expect.any(String), position: expect.any(Number) }),
      expect.objectContaining({ from: 'prospect', to: 'qualified', reason: 'budget confirmed', actorId: sales.id }),
      expect.objectContaining({ from: 'qualified', to: 'won', reason: 'signed' }),
    ]);
  });

  describe('as-of', () => {
    it('returns the customer as it was between each pair of events (by recordedAt)', async () => {
      const { id } = await customerWithFiveEvents();
      const history = (await get(auditor, `/v1/customers/${id}/history`).expect(200)).body.items as {
        revision: number;
        metadata: { recordedAt: string };
      }[];
      const expected = [
        { status: 'prospect', followUpCount: 0, tags: [] },
        { status: 'qualified', followUpCount: 0, tags: [] },
        { status: 'qualified', followUpCount: 1, tags: [] },
        { status: 'qualified', followUpCount: 1, tags: [{ tag: 'vip', source: 'manual' }] },
        { status: 'won', followUpCount: 1, tags: [{ tag: 'vip', source: 'manual' }] },
      ];
      for (const [revision, event] of history.entries()) {
        const between = new Date(Date.parse(event.metadata.recordedAt) + MINUTE / 2).toISOString();
        const res = await get(auditor, `/v1/customers/${id}/as-of?at=${encodeURIComponent(between)}`).expect(200);
        expect(res.body).toMatchObject({ id, revision, ...expected[revision] });
      }
    });

    it('folds up to a revision', async () => {
      const { id } = await customerWithFiveEvents();
      const res = await get(admin, `/v1/customers/${id}/as-of?revision=1`).expect(200);
      expect(res.body).toMatchObject({ revision: 1, status: 'qualified', asOf: { revision: 1 } });
    });

    it('answers 404 before registration, 400 without exactly one of at/revision', async () => {
      const { id } = await customerWithFiveEvents();
      const registeredAt = (await get(auditor, `/v1/customers/${id}/history?limit=1`)).body.items[0].metadata.recordedAt as string;
      const before = new Date(Date.parse(registeredAt) - 1).toISOString();
      const res = await get(auditor, `/v1/customers/${id}/as-of?at=${encodeURIComponent(before)}`);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      await get(auditor, `/v1/customers/${id}/as-of`).expect(400);
      await get(auditor, `/v1/customers/${id}/as-of?at=2024-01-01T00:00:00Z&revision=1`).expect(400);
      await get(auditor, `/v1/customers/${id}/as-of?at=yesterday`).expect(400);
    });
  });

  describe('verify', () => {
    it('is valid for an untouched stream', async () => {
      const { id } = await customerWithFiveEvents();
      expect((await get(auditor, `/v1/customers/${id}/verify`).expect(200)).body).toMatchObject({ valid: true, events: 5 });
    });

    it('finds event data edited directly in the SQLite file', async () => {
      const { id } = await customerWithFiveEvents();
      tamper("UPDATE events SET data = json_set(data, '$.reason', 'edited') WHERE stream_id = ? AND revision = 1", `customer-${id}`);
      const body = (await get(auditor, `/v1/customers/${id}/verify`).expect(200)).body;
      expect(body).toMatchObject({ valid: false, events: 5, brokenAt: 1, reason: 'data-altered' });
    });

    it.each([
      ['recordedAt', "'2020-01-01T00:00:00.000Z'"],
      ['actorRole', "'admin'"],
    ])('finds %s edited in the metadata in the SQLite file', async (key, value) => {
      const { id } = await customerWithFiveEvents();
      tamper(`UPDATE events SET metadata = json_set(metadata, '$.${key}', ${value}) WHERE stream_id = ? AND revision = 3`, `customer-${id}`);
      const body = (await get(auditor, `/v1/customers/${id}/verify`).expect(200)).body;
      expect(body).toMatchObject({ valid: false, events: 5, brokenAt: 3, reason: 'data-altered' });
    });

    it('finds the last event deleted once the stream heads were anchored', async () => {
      const { id } = await customerWithFiveEvents();
      await t.app.get(StreamAnchorWriter).anchor();
      expect((await get(auditor, `/v1/customers/${id}/verify`).expect(200)).body).toMatchObject({ valid: true, events: 5, anchoredRevision: 4 });
      tamper('DELETE FROM events WHERE stream_id = ? AND revision = 4', `customer-${id}`);
      const body = (await get(auditor, `/v1/customers/${id}/verify`).expect(200)).body;
      expect(body).toMatchObject({ valid: false, events: 4, brokenAt: 4, reason: 'tail-missing' });
    });

    it('finds an event deleted from the stream', async () => {
      const { id } = await customerWithFiveEvents();
      tamper('DELETE FROM events WHERE stream_id = ? AND revision = 2', `customer-${id}`);
      const body = (await get(auditor, `/v1/customers/${id}/verify`).expect(200)).body;
      expect(body).toMatchObject({ valid: false, events: 4, brokenAt: 2, reason: 'event-missing' });
    });
  });

  describe('access', () => {
    it.each(['history', 'status-history', 'as-of?revision=0', 'verify'])('refuses /%s to roles other than auditor and admin', async (path) => {
      const { id } = await customerWithFiveEvents();
      await get(sales, `/v1/customers/${id}/${path}`).expect(403);
      await get(auditor, `/v1/customers/${id}/${path}`).expect(200);
    });

    it('answers 403 to the auditor on every write route of the app', async () => {
      const { id } = await customerWithFiveEvents();
      const routes = writeRoutes(t).filter((route) => !route.path.startsWith('/v1/auth/'));
      // Discovery must at least see the customer commands, or this test would pass vacuously.
      expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
        expect.arrayContaining([
          'POST /v1/customers',
          'PATCH /v1/customers/:id',
          'POST /v1/customers/:id/status',
          'POST /v1/customers/:id/follow-ups',
          'POST /v1/customers/:id/orders',
          'POST /v1/customers/:id/tags',
          'DELETE /v1/customers/:id/tags/:tag',
          'POST /v1/customers/:id/owner',
        ]),
      );
      for (const route of routes) {
        const path = route.path
          .replace(/:id\b/, id)
          .replace(/:tag\b/, 'vip')
          .replace(/:\w+/g, 'x');
        const res = await request(t.http)[route.method.toLowerCase() as 'post'](path).set(bearer(auditor)).send({});
        expect({ route: `${route.method} ${route.path}`, status: res.status }).toEqual({ route: `${route.method} ${route.path}`, status: 403 });
      }
      expect((await get(auditor, `/v1/customers/${id}/history`)).body.items).toHaveLength(5);
    });
  });
});

/** Every non-GET route the Nest app registered, read from the controllers' route metadata. */
function writeRoutes(t: TestApp): { method: string; path: string }[] {
  const routes: { method: string; path: string }[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (!metatype) continue;
      const prefix = String(Reflect.getMetadata('path', metatype) ?? '');
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const method = Reflect.getMetadata('method', handler) as RequestMethod | undefined;
        if (method === undefined || method === RequestMethod.GET) continue;
        const path = `/${[prefix, String(Reflect.getMetadata('path', handler) ?? '')].join('/')}`.replace(/\/+/g, '/').replace(/\/$/, '');
        routes.push({ method: RequestMethod[method], path });
      }
    }
  }
  return routes;
}

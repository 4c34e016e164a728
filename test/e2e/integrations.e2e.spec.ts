import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import request from 'supertest';
import { bearer } from './support/bearer.js';
import { waitFor } from './support/wait-for.js';
import { startTestApp, type TestApp, type TestAppOptions, type TestUser } from './support/test-app.js';

// Fast retries, heartbeats and polling so that the delivery scenarios finish in seconds.
const TEST_ENV: Record<string, string> = {
  WEBHOOK_RETRY_BASE_MS: '100',
  WEBHOOK_RETRY_MAX_DELAY_MS: '300',
  WEBHOOK_MAX_ATTEMPTS: '4',
  WEBHOOK_POLL_MS: '50',
  WEBHOOK_TIMEOUT_MS: '3000',
  EVENTS_STREAM_HEARTBEAT_MS: '150',
  // The receivers listen on loopback, which only the allow-list opens.
  WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1',
};
const start = (options: TestAppOptions = {}) => startTestApp({ ...options, env: { ...TEST_ENV, ...options.env } });

const followUp = (t: TestApp, user: TestUser, id: string, content: string) =>
  request(t.http).post(`/v1/customers/${id}/follow-ups`).set(bearer(user)).send({ method: 'phone', content, result: 'interested' }).expect(201);

interface FeedItem {
  id: string;
  type: string;
  streamId: string;
  customerId: string;
  revision: number;
  position: number;
  data: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- assertions read nested event fields of every type
  metadata: Record<string, unknown>;
}

// ─── a raw SSE reader over real HTTP ───

interface SseClient {
  frames: { id?: string; event?: string; data?: string }[];
  comments: number;
  ended: Promise<void>;
  close(): void;
}

function openSse(port: number, path: string, headers: Record<string, string>): Promise<SseClient & { status: number; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      let buffer = '';
      let endResolve!: () => void;
      const client = {
        status: res.statusCode ?? 0,
        headers: res.headers,
        frames: [] as SseClient['frames'],
        comments: 0,
        ended: new Promise<void>((r) => (endResolve = r)),
        close: () => req.destroy(),
      };
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let split: number;
        while ((split = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, split);
          buffer = buffer.slice(split + 2);
          const frame: SseClient['frames'][number] = {};
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) client.comments += 1;
            const [field, ...rest] = line.split(': ');
            if (field === 'id' || field === 'event' || field === 'data') frame[field] = rest.join(': ');
          }
          if (frame.data !== undefined) client.frames.push(frame);
        }
      });
      res.on('end', endResolve);
      res.on('close', endResolve);
      resolve(client);
    });
    req.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
    req.end();
  });
}

// ─── a real webhook receiver ───

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  item: FeedItem;
  answered: number;
}

class Receiver {
  readonly received: Received[] = [];
  /** Decides the answer per request; a promise holds the request open. */
  answer: (item: FeedItem, attempt: number) => number | Promise<number> = () => 200;
  /** Requests received and not answered yet. */
  waiting = 0;
  private readonly attemptsById = new Map<string, number>();
  private server!: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      let hungUp = false;
      res.on('close', () => (hungUp = !res.writableFinished));
      req.on('end', async () => {
        const item = JSON.parse(body) as FeedItem;
        const attempt = (this.attemptsById.get(item.id) ?? 0) + 1;
        this.attemptsById.set(item.id, attempt);
        this.waiting += 1;
        const status = await this.answer(item, attempt);
        this.waiting -= 1;
        // A sender that hung up (timeout, shutdown) never saw the answer.
        const answered = hungUp || res.destroyed ? 0 : status;
        this.received.push({ headers: req.headers, body, item, answered });
        if (answered) res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  accepted(): Received[] {
    return this.received.filter((r) => r.answered >= 200 && r.answered < 300);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

describe('integrator event feed', () => {
  let t: TestApp;
  let integrator: TestUser;
  let sales: TestUser;

  beforeAll(async () => {
    t = await start();
    integrator = await t.createUser('integrator');
    sales = await t.createUser('sales');
  });
  afterAll(() => t.close({ removeData: true }));

  const page = (query: string, user: { token: string } = integrator) => request(t.http).get(`/v1/events?${query}`).set(bearer(user));

  async function readAllFrom(after: number, types?: string): Promise<FeedItem[]> {
    const items: FeedItem[] = [];
    for (;;) {
      const res = await page(`after=${after}&limit=1000${types ? `&types=${types}` : ''}`).expect(200);
      if (res.body.items.length === 0) return items;
      items.push(...res.body.items);
      after = res.body.nextAfter;
    }
  }

  it('pages through the feed during concurrent writes without skipping or repeating an event', async () => {
    const start = (await page('limit=1000').expect(200)).body;
    let after = (await readAllFrom(start.nextAfter)).at(-1)?.position ?? start.nextAfter;
    const startAfter = after;
    const writers = await Promise.all([1, 2, 3].map(() => t.createUser('sales')));
    const commandPositions: number[] = [];
    let writing = true;
    const writes = Promise.all(
      writers.map(async (writer) => {
        for (let i = 0; i < 6; i++) {
          const created = await t.registerCustomer(writer);
          commandPositions.push(created.position);
          for (let j = 0; j < 2; j++) commandPositions.push((await followUp(t, writer, created.id, `call ${j}`)).body.position);
        }
      }),
    ).finally(() => (writing = false));

    const seen: FeedItem[] = [];
    for (let guard = 0; guard < 2000; guard++) {
      const res = await page(`after=${after}&limit=7`).expect(200);
      seen.push(...res.body.items);
      expect(res.body.nextAfter).toBe(res.body.items.at(-1)?.position ?? after);
      after = res.body.nextAfter;
      if (!writing && res.body.items.length === 0) break;
    }
    await writes;

    const positions = seen.map((item) => item.position);
    expect(new Set(positions).size).toBe(positions.length);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(positions).toEqual(expect.arrayContaining(commandPositions));
    expect(positions).toEqual((await readAllFrom(startAfter)).map((item) => item.position));
    expect(seen.every((item) => item.streamId === `customer-${item.customerId}`)).toBe(true);
  });

  it('returns each event with its envelope, filtered by type, customer streams only', async () => {
    const before = (await readAllFrom(0)).at(-1)?.position ?? 0;
    const { id } = await t.registerCustomer(sales);
    await request(t.http).post(`/v1/customers/${id}/status`).set(bearer(sales)).send({ to: 'qualified', reason: 'budget' }).expect(200);
    await t.createUser('analyst'); // a user-* stream event: never in the customer feed

    const all = await readAllFrom(before);
    expect(all.every((item) => item.streamId.startsWith('customer-'))).toBe(true);
    const changed = await readAllFrom(before, 'CustomerStatusChanged');
    expect(changed).toEqual([
      expect.objectContaining({
        type: 'CustomerStatusChanged',
        streamId: `customer-${id}`,
        customerId: id,
        revision: 1,
        position: expect.any(Number),
        id: expect.any(String),
        data: expect.objectContaining({ from: 'prospect', to: 'qualified', reason: 'budget' }),
        metadata: expect.objectContaining({ actorId: sales.id, schemaVersion: 1, hash: expect.any(String) }),
      }),
    ]);
    const both = await readAllFrom(before, 'CustomerRegistered,CustomerStatusChanged');
    expect(both.map((item) => item.type)).toEqual(['CustomerRegistered', 'CustomerStatusChanged']);
  });

  it('masks phone and email and hides sensitive data for integrators, not for admins', async () => {
    const before = (await readAllFrom(0)).at(-1)?.position ?? 0;
    const { id } = await t.registerCustomer(sales, { contact: { phone: '13812345678', email: 'zhang@example.com' } });
    await request(t.http)
      .patch(`/v1/customers/${id}`)
      .set(bearer(sales))
      .send({ contact: { phone: '13987654321' } })
      .expect(200);
    const [registered, updated] = await readAllFrom(before);
    expect(registered.data.contact).toMatchObject({ phone: '138****5678', email: 'z***@example.com' });
    expect(updated.data.changes.contact).toMatchObject({ phone: '139****4321' });
    expect(registered.data.sensitive).toBeUndefined();
    const asAdmin = (await page(`after=${before}&limit=1`, { token: t.adminToken }).expect(200)).body.items[0];
    expect(asAdmin.data.contact).toMatchObject({ phone: '13812345678', email: 'zhang@example.com' });
  });

  it('answers bad query parameters with a 400 problem naming the field', async () => {
    for (const [query, field] of [
      ['after=-1', 'after'],
      ['after=abc', 'after'],
      ['limit=0', 'limit'],
      ['limit=5000', 'limit'],
      ['types=NoSuchEvent', 'types'],
      ['colour=red', 'colour'],
    ]) {
      const res = await page(query);
      expect([query, res.status]).toEqual([query, 400]);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
  });

  it('is for integrators and admins only', async () => {
    await page('limit=1', sales).expect(403);
    await request(t.http).get('/v1/events').expect(401);
  });

  it('publishes a JSON Schema for every customer event type', async () => {
    const res = await request(t.http).get('/v1/events/schemas').set(bearer(integrator)).expect(200);
    const types = res.body.events.map((e: { type: string }) => e.type);
    expect(types).toEqual(expect.arrayContaining(['CustomerRegistered', 'CustomerStatusChanged', 'FollowUpRecorded', 'OrderRecorded']));
    expect(res.body.events[0]).toMatchObject({ schemaVersion: 1, schema: { type: 'object', $schema: expect.any(String) } });
    expect(res.body.envelope.required).toEqual(expect.arrayContaining(['type', 'streamId', 'customerId', 'revision', 'position', 'data', 'metadata']));
  });

  describe('Server-Sent Events', () => {
    let port: number;
    beforeAll(async () => {
      await t.app.listen(0, '127.0.0.1');
      port = (t.app.getHttpServer().address() as AddressInfo).port;
    });

    it('catches up, goes live, beats the heart, and resumes with Last-Event-ID', async () => {
      const before = (await readAllFrom(0)).at(-1)?.position ?? 0;
      const a = await t.registerCustomer(sales);
      const b = await t.registerCustomer(sales);
      const sse = await openSse(port, `/v1/events/stream?after=${before}&types=CustomerRegistered`, bearer(integrator));
      expect(sse.status).toBe(200);
      expect(sse.headers['content-type']).toMatch(/^text\/event-stream/);
      await waitFor(() => sse.frames.length >= 2, 'catch-up frames');
      const c = await t.registerCustomer(sales);
      await followUp(t, sales, c.id, 'not a registration');
      await waitFor(() => sse.frames.length >= 3, 'a live frame');
      await waitFor(() => sse.comments >= 1, 'a heartbeat');
      expect(sse.frames.map((f) => f.event)).toEqual(['CustomerRegistered', 'CustomerRegistered', 'CustomerRegistered']);
      expect(sse.frames.map((f) => JSON.parse(f.data as string).customerId)).toEqual([a.id, b.id, c.id]);
      expect(sse.frames.map((f) => Number(f.id))).toEqual(sse.frames.map((f) => JSON.parse(f.data as string).position));
      sse.close();

      const resumed = await openSse(port, `/v1/events/stream?after=0&types=CustomerRegistered`, {
        ...bearer(integrator),
        'last-event-id': sse.frames[0].id as string,
      });
      await waitFor(() => resumed.frames.length >= 2, 'resumed frames');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(resumed.frames.map((f) => JSON.parse(f.data as string).customerId)).toEqual([b.id, c.id]);
      resumed.close();
    });

    it('refuses a bad Last-Event-ID or type before streaming', async () => {
      const bad = await request(t.http).get('/v1/events/stream').set(bearer(integrator)).set('last-event-id', 'abc');
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'Last-Event-ID' })]);
      const badType = await request(t.http).get('/v1/events/stream?types=Nope').set(bearer(integrator));
      expect(badType.status).toBe(400);
    });
  });
});

describe('webhook subscriptions', () => {
  let t: TestApp;
  let integrator: TestUser;
  let otherIntegrator: TestUser;

  beforeAll(async () => {
    t = await start();
    integrator = await t.createUser('integrator');
    otherIntegrator = await t.createUser('integrator');
  });
  afterAll(() => t.close({ removeData: true }));

  it('registers, shows the secret once, lists own, rotates and deletes; all as events', async () => {
    const created = await request(t.http)
      .post('/v1/webhooks')
      .set(bearer(integrator))
      // A public address literal: the sandbox has no DNS, and an unresolvable name is refused.
      .send({ url: 'https://93.184.216.34/dossier', eventTypes: ['CustomerRegistered'] })
      .expect(201);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      url: 'https://93.184.216.34/dossier',
      eventTypes: ['CustomerRegistered'],
      active: true,
      createdAt: expect.any(String),
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{32}$/),
    });
    const id = created.body.id as string;

    const list = await request(t.http).get('/v1/webhooks').set(bearer(integrator)).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id, active: true })]);
    expect(JSON.stringify(list.body)).not.toContain('whsec_');
    expect((await request(t.http).get('/v1/webhooks').set(bearer(otherIntegrator)).expect(200)).body.items).toEqual([]);
    await request(t.http).get(`/v1/webhooks/${id}`).set(bearer(otherIntegrator)).expect(404);
    expect((await request(t.http).get(`/v1/webhooks/${id}`).set(bearer(integrator)).expect(200)).body).not.toHaveProperty('secret');

    const rotated = await request(t.http).post(`/v1/webhooks/${id}/rotate-secret`).set(bearer(integrator)).expect(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.body.secret);

    await request(t.http).delete(`/v1/webhooks/${id}`).set(bearer(otherIntegrator)).expect(404);
    await request(t.http).delete(`/v1/webhooks/${id}`).set(bearer(integrator)).expect(204);
    await request(t.http).get(`/v1/webhooks/${id}`).set(bearer(integrator)).expect(404);
    expect((await request(t.http).get('/v1/webhooks').set(bearer(integrator)).expect(200)).body.items).toEqual([]);
  });

  it('validates the body, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ url: 'ftp://example.com/x', eventTypes: ['CustomerRegistered'] }, 'url'],
      [{ url: 'not a url', eventTypes: ['CustomerRegistered'] }, 'url'],
      [{ url: 'https://example.com/x', eventTypes: [] }, 'eventTypes'],
      [{ url: 'https://example.com/x', eventTypes: ['Nope'] }, 'eventTypes'],
      [{ url: 'https://example.com/x', eventTypes: ['CustomerRegistered'], extra: 1 }, 'extra'],
    ];
    for (const [body, field] of cases) {
      const res = await request(t.http).post('/v1/webhooks').set(bearer(integrator)).send(body);
      expect([field, res.status]).toEqual([field, 400]);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    await request(t.http)
      .post('/v1/webhooks')
      .set(bearer(await t.createUser('sales')))
      .send({ url: 'https://example.com', eventTypes: ['CustomerRegistered'] })
      .expect(403);
  });

  it('refuses private and loopback targets in production unless allow-listed', async () => {
    const production = await start({ env: { NODE_ENV: 'production', WEBHOOK_ALLOWED_PRIVATE_HOSTS: '' } });
    try {
      const user = await production.createUser('integrator');
      const refused = await request(production.http)
        .post('/v1/webhooks')
        .set(bearer(user))
        .send({ url: 'http://127.0.0.1:9/hook', eventTypes: ['CustomerRegistered'] });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'url', message: expect.stringMatching(/private or loopback/) })]);
      const metadata = await request(production.http)
        .post('/v1/webhooks')
        .set(bearer(user))
        .send({ url: 'http://169.254.169.254/latest', eventTypes: ['CustomerRegistered'] });
      expect(metadata.status).toBe(400);
    } finally {
      await production.close({ removeData: true });
    }
    const allowing = await start({ env: { NODE_ENV: 'production', WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1' } });
    try {
      const user = await allowing.createUser('integrator');
      await request(allowing.http)
        .post('/v1/webhooks')
        .set(bearer(user))
        .send({ url: 'http://127.0.0.1:9/hook', eventTypes: ['CustomerRegistered'] })
        .expect(201);
    } finally {
      await allowing.close({ removeData: true });
    }
  });
});

describe('webhook delivery', () => {
  let t: TestApp;
  let integrator: TestUser;
  let sales: TestUser;
  const receiver = new Receiver();

  beforeAll(async () => {
    t = await start();
    integrator = await t.createUser('integrator');
    sales = await t.createUser('sales');
  });
  afterAll(async () => {
    await t.close({ removeData: true });
    await receiver.stop();
  });

  it('signs per Standard Webhooks, retries with backoff, keeps per-customer order, and logs attempts', async () => {
    const url = await receiver.start();
    const hook = (
      await request(t.http)
        .post('/v1/webhooks')
        .set(bearer(integrator))
        .send({ url, eventTypes: ['CustomerRegistered', 'FollowUpRecorded'] })
        .expect(201)
    ).body;

    // Set before the customers exist: their registrations are delivered as soon as they are appended.
    receiver.answer = (item, attempt) => {
      if (item.type === 'CustomerRegistered' && item.data.name === 'Doomed Co') return 503;
      if (item.type === 'CustomerRegistered' && item.data.name === 'Flaky Co' && attempt <= 3) return 500;
      return 200;
    };
    const flaky = await t.registerCustomer(sales, { name: 'Flaky Co', contact: { phone: '13812345678' } });
    const doomed = await t.registerCustomer(sales, { name: 'Doomed Co' });
    const steady = await t.registerCustomer(sales, { name: 'Steady Co' });
    for (const customer of [flaky, doomed, steady]) for (const n of [1, 2]) await followUp(t, sales, customer.id, `call ${n}`);

    const acceptedFor = (customerId: string) => receiver.accepted().filter((r) => r.item.customerId === customerId).length;
    await waitFor(() => acceptedFor(flaky.id) >= 3, 'the flaky customer to recover');
    await waitFor(() => acceptedFor(doomed.id) >= 2 && acceptedFor(steady.id) >= 3, 'the other customers');

    const accepted = receiver.accepted();
    for (const r of accepted) {
      expect(new Webhook(hook.secret).verify(r.body, r.headers as Record<string, string>)).toEqual(JSON.parse(r.body));
      expect(r.headers['webhook-id']).toBe(r.item.id);
      expect(Math.abs(Number(r.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    }
    const revisionsOf = (customerId: string) => accepted.filter((r) => r.item.customerId === customerId).map((r) => r.item.revision);
    expect(revisionsOf(flaky.id)).toEqual([0, 1, 2]);
    expect(revisionsOf(steady.id)).toEqual([0, 1, 2]);
    expect(revisionsOf(doomed.id)).toEqual([1, 2]);
    // The flaky customer's failures held back its own follow-ups only: the steady one finished first.
    const indexOf = (customerId: string, revision: number) => accepted.findIndex((r) => r.item.customerId === customerId && r.item.revision === revision);
    expect(indexOf(steady.id, 2)).toBeLessThan(indexOf(flaky.id, 0));
    expect(accepted.find((r) => r.item.customerId === flaky.id)?.item.data.contact.phone).toBe('138****5678');

    const log = (await request(t.http).get(`/v1/webhooks/${hook.id}/deliveries`).set(bearer(integrator)).expect(200)).body.items;
    const entryOf = (customerId: string, type: string) => log.find((d: { customerId: string; type: string }) => d.customerId === customerId && d.type === type);
    expect(entryOf(flaky.id, 'CustomerRegistered')).toMatchObject({
      status: 'delivered',
      attempts: 4,
      lastStatusCode: 200,
      nextRetryAt: null,
      history: [{ statusCode: 500 }, { statusCode: 500 }, { statusCode: 500 }, { statusCode: 200 }].map((h) => expect.objectContaining(h)),
    });
    expect(entryOf(doomed.id, 'CustomerRegistered')).toMatchObject({ status: 'failed', attempts: 4, lastStatusCode: 503 });
    const gaps = entryOf(flaky.id, 'CustomerRegistered').history.map((h: { at: string }) => Date.parse(h.at));
    expect(gaps[2] - gaps[1]).toBeGreaterThanOrEqual(gaps[1] - gaps[0]);
    await request(t.http)
      .get(`/v1/webhooks/${hook.id}/deliveries`)
      .set(bearer(await t.createUser('integrator')))
      .expect(404);
  });
});

describe('webhook delivery across a restart', () => {
  it('loses nothing when the app stops mid-delivery; a repeat carries the same webhook-id', async () => {
    const receiver = new Receiver();
    const url = await receiver.start();
    let t = await start();
    try {
      const integrator = await t.createUser('integrator');
      const sales = await t.createUser('sales');
      const hook = (
        await request(t.http)
          .post('/v1/webhooks')
          .set(bearer(integrator))
          .send({ url, eventTypes: ['CustomerRegistered', 'FollowUpRecorded'] })
          .expect(201)
      ).body;
      let release!: () => void;
      const held = new Promise<number>((resolve) => (release = () => resolve(200)));
      let heldId: string | undefined;
      receiver.answer = (item) => {
        if (heldId === undefined && item.type === 'FollowUpRecorded') heldId = item.id;
        return item.id === heldId && receiver.received.every((r) => r.item.id !== heldId) ? held : 200;
      };
      const customer = await t.registerCustomer(sales);
      for (const n of [1, 2, 3]) await followUp(t, sales, customer.id, `call ${n}`);
      await waitFor(() => heldId !== undefined && receiver.waiting > 0, 'a delivery in flight');

      await t.close();
      release();
      await waitFor(() => receiver.waiting === 0, 'the interrupted request to finish');
      t = await start({ dataDir: t.dataDir });
      await followUp(t, sales, customer.id, 'after the restart');

      const acceptedRevisions = () =>
        receiver
          .accepted()
          .filter((r) => r.item.customerId === customer.id)
          .map((r) => r.item.revision);
      await waitFor(() => new Set(acceptedRevisions()).size >= 5, 'every event after the restart');
      const mine = receiver.received.filter((r) => r.item.customerId === customer.id);
      const accepted = receiver.accepted().filter((r) => r.item.customerId === customer.id);
      // At least once and in order: a redelivery may repeat an event, never reorder or drop one.
      expect([...new Set(acceptedRevisions())]).toEqual([0, 1, 2, 3, 4]);
      expect([...acceptedRevisions()].sort((a, b) => a - b)).toEqual(acceptedRevisions());
      const attemptsOfHeld = mine.filter((r) => r.item.id === heldId);
      expect(attemptsOfHeld.length).toBe(2);
      expect(attemptsOfHeld.map((r) => r.headers['webhook-id'])).toEqual([heldId, heldId]);
      for (const r of accepted) expect(() => new Webhook(hook.secret).verify(r.body, r.headers as Record<string, string>)).not.toThrow();
      // Any duplicate is a redelivery of the same event: same webhook-id, same body.
      const byId = new Map<string, Set<string>>();
      for (const r of mine) byId.set(r.headers['webhook-id'] as string, (byId.get(r.headers['webhook-id'] as string) ?? new Set()).add(r.body));
      expect([...byId.values()].every((bodies) => bodies.size === 1)).toBe(true);
    } finally {
      await t.close({ removeData: true });
      await receiver.stop();
    }
  });

  it('ends open event streams when the app shuts down', async () => {
    const t = await start();
    const integrator = await t.createUser('integrator');
    await t.app.listen(0, '127.0.0.1');
    const sse = await openSse((t.app.getHttpServer().address() as AddressInfo).port, '/v1/events/stream', bearer(integrator));
    expect(sse.status).toBe(200);
    const closing = t.close({ removeData: true });
    let ended = false;
    void sse.ended.then(() => (ended = true));
    await waitFor(() => ended, 'the stream to end', 5000);
    await closing;
  });
});

// POST /v1/customers writes the code reservation, the registration and the identity claims in one
// commit: a refused or losing registration leaves nothing behind (no code used up, no claim).
import request from 'supertest';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '#event-store';
import { bearer } from './support/bearer.js';
import { customerBody, startTestApp, type TestApp, type TestUser } from './support/test-app.js';

describe('registration in one commit', () => {
  let t: TestApp;
  let store: EventStore;
  let sales: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    store = t.app.get<EventStore>(EVENT_STORE);
    sales = await t.createUser('sales', 'north');
  });
  afterAll(() => t.close({ removeData: true }));

  const postCustomer = (body: object, key?: string) => {
    const req = request(t.http).post('/v1/customers').set(bearer(sales));
    return (key ? req.set('idempotency-key', key) : req).send(body);
  };
  const eventsSince = async (after: number): Promise<RecordedEvent[]> => store.readAll({ after, limit: 1000 });
  const codeOf = async (id: string): Promise<string> =>
    (
      await request(t.http)
        .get(`/v1/customers/${id}`)
        .set(bearer(sales))
        .set('x-min-position', String(await t.headPosition()))
        .expect(200)
    ).body.code as string;

  it('lands the reservation, the registration and the claims as one run of the feed', async () => {
    const before = await t.headPosition();
    const created = await postCustomer(customerBody({ region: 'XB', industry: 'education' })).expect(201);
    const events = await eventsSince(before);
    expect(events.map((e) => e.type)).toEqual(['CustomerCodeReserved', 'CustomerRegistered', 'CustomerIdentityClaimed', 'CustomerIdentityClaimed']);
    expect(events.map((e) => e.position)).toEqual(events.map((_, i) => before + 1 + i));
    expect(events[1]).toMatchObject({ streamId: `customer-${created.body.id}`, position: created.body.position });
  });

  it('gives one of ten concurrent registrations of the same code the code; the others answer 409 and write nothing', async () => {
    const before = await t.headPosition();
    const responses = await Promise.all(Array.from({ length: 10 }, () => postCustomer(customerBody({ code: 'XB-ED-2024-500' }))));
    expect(responses.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    for (const r of responses.filter((r) => r.status === 409)) expect(r.body.code).toBe('code-taken');
    const events = await eventsSince(before);
    expect(events.filter((e) => e.type === 'CustomerRegistered')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'CustomerCodeReserved')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'CustomerIdentityClaimed')).toHaveLength(2);
  });

  it('lets one of concurrent registrations of the same name and phone in; the others answer 409 duplicate-suspected and use up no code', async () => {
    const twin = customerBody({ name: 'Concurrent Twin Co', region: 'XC', industry: 'logistics' });
    const before = await t.headPosition();
    const responses = await Promise.all(Array.from({ length: 6 }, () => postCustomer(twin)));
    expect(responses.map((r) => r.status).sort()).toEqual([201, ...Array(5).fill(409)]);
    for (const r of responses.filter((r) => r.status === 409)) expect(r.body.code).toBe('duplicate-suspected');
    expect((await eventsSince(before)).filter((e) => e.type === 'CustomerRegistered')).toHaveLength(1);
    const winner = responses.find((r) => r.status === 201)!.body.id as string;
    const next = await postCustomer(customerBody({ region: 'XC', industry: 'logistics' })).expect(201);
    // The losers gave their generated numbers back: the prefix goes on without a gap.
    expect([(await codeOf(winner)).slice(-3), (await codeOf(next.body.id)).slice(-3)]).toEqual(['001', '002']);
  });

  it('writes nothing for a refused duplicate or a taken code', async () => {
    const first = customerBody({ name: 'Refused Twice Co' });
    await postCustomer(first).expect(201);
    await postCustomer(customerBody({ code: 'XB-ED-2024-600' })).expect(201);
    const before = await t.headPosition();
    expect((await postCustomer({ ...customerBody({ name: 'Refused Twice Co' }), contact: first.contact })).status).toBe(409);
    expect((await postCustomer(customerBody({ code: 'XB-ED-2024-600' }))).status).toBe(409);
    expect(await eventsSince(before)).toEqual([]);
  });

  it('answers a retry with the same Idempotency-Key with the same customer and appends nothing', async () => {
    const body = customerBody({ region: 'XD', industry: 'retail' });
    const first = await postCustomer(body, 'one-commit-retry').expect(201);
    const before = await t.headPosition();
    const retry = await postCustomer(body, 'one-commit-retry').expect(201);
    expect(retry.body).toEqual(first.body);
    expect((await eventsSince(before)).filter((e) => e.streamId !== undefined && !e.streamId.startsWith('idempotency-'))).toEqual([]);
  });
});

import { Webhook } from 'standardwebhooks';
import request from 'supertest';
import { bearer } from './support/bearer.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';
import { waitFor } from './support/wait-for.js';
import { WebhookReceiver } from './support/webhook-receiver.js';

// An operator sends deliveries again (issue 15 item 5): one delivery, or everything after a feed position, to a real
// receiver on loopback. Each request is audited in the webhook's stream and idempotent.

const TEST_ENV = { WEBHOOK_POLL_MS: '50', WEBHOOK_RETRY_BASE_MS: '100', WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1' };

interface Delivery {
  id: string;
  position: number;
  status: string;
  attempts: number;
  history: { attempt: number; statusCode: number | null }[];
}

describe('Webhook redelivery and replay (e2e)', () => {
  let t: TestApp;
  let integrator: TestUser;
  let sales: TestUser;
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    t = await startTestApp({ env: TEST_ENV });
    integrator = await t.createUser('integrator');
    sales = await t.createUser('sales');
  });
  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.stop()));
    await t.close({ removeData: true });
  });

  /** A webhook of its own receiver, for the follow-ups. */
  const subscribe = async (): Promise<{ id: string; secret: string; receiver: WebhookReceiver }> => {
    const receiver = new WebhookReceiver();
    receivers.push(receiver);
    const url = await receiver.start();
    const hook = (
      await request(t.http)
        .post('/v1/webhooks')
        .set(bearer(integrator))
        .send({ url, eventTypes: ['FollowUpRecorded'] })
        .expect(201)
    ).body;
    return { ...hook, receiver };
  };
  const followUp = async (customerId: string, content: string): Promise<number> =>
    (
      await request(t.http)
        .post(`/v1/customers/${customerId}/follow-ups`)
        .set(bearer(sales))
        .send({ method: 'phone', content, result: 'interested' })
        .expect(201)
    ).body.position;
  const deliveries = async (webhookId: string): Promise<Delivery[]> =>
    (await request(t.http).get(`/v1/webhooks/${webhookId}/deliveries`).set(bearer(integrator)).expect(200)).body.items;
  const historyTypes = async (webhookId: string) =>
    (await request(t.http).get(`/v1/webhooks/${webhookId}/history`).set(bearer(integrator)).expect(200)).body.items as {
      type: string;
      data: Record<string, unknown>;
      metadata: { actorId: string };
    }[];

  it('redelivers one delivery: same webhook-id, valid signature, a new attempt in the log, audited, idempotent', async () => {
    const hook = await subscribe();
    const arrivedAt = (position: number) => hook.receiver.received.filter((r) => r.item.position === position);
    const customer = await t.registerCustomer(sales);
    const position = await followUp(customer.id, 'first call');
    await waitFor(() => arrivedAt(position).length === 1, 'the first delivery');
    const [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({ position, status: 'delivered', attempts: 1 });

    const redeliver = () =>
      request(t.http).post(`/v1/webhooks/${hook.id}/deliveries/${delivery.id}/redeliver`).set(bearer(integrator)).set('idempotency-key', 'redeliver-1');
    const accepted = (await redeliver().expect(202)).body;
    expect(accepted).toEqual({
      webhookId: hook.id,
      deliveryId: delivery.id,
      eventPosition: position,
      requestedAt: expect.any(String),
      position: expect.any(Number),
    });
    await waitFor(() => arrivedAt(position).length === 2, 'the redelivery');
    expect((await redeliver().expect(202)).body).toEqual(accepted);

    const [first, again] = arrivedAt(position);
    expect(again.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(again.body).toBe(first.body);
    expect(new Webhook(hook.secret).verify(again.body, again.headers as Record<string, string>)).toEqual(JSON.parse(first.body));
    await waitFor(async () => (await deliveries(hook.id))[0].attempts === 2, 'the log to show the new attempt');
    expect((await deliveries(hook.id))[0]).toMatchObject({
      status: 'delivered',
      attempts: 2,
      history: [
        { attempt: 1, statusCode: 200 },
        { attempt: 2, statusCode: 200 },
      ],
    });

    // A later event arrives after the repeat was answered: still exactly two copies of the redelivered one.
    const later = await followUp(customer.id, 'second call');
    await waitFor(() => arrivedAt(later).length === 1, 'a later delivery');
    expect(arrivedAt(position)).toHaveLength(2);
    const requests = (await historyTypes(hook.id)).filter((e) => e.type === 'WebhookRedeliveryRequested');
    expect(requests).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({ eventId: delivery.id, position }),
        metadata: expect.objectContaining({ actorId: integrator.id }),
      }),
    ]);
    expect(JSON.stringify(await historyTypes(hook.id))).not.toContain(hook.secret);
  });

  it('replays exactly the matching events after a position, in order per customer, audited and idempotent', async () => {
    const hook = await subscribe();
    const { receiver } = hook;
    const arrivedAt = (position: number) => receiver.received.filter((r) => r.item.position === position);
    const [a, b] = [await t.registerCustomer(sales), await t.registerCustomer(sales)];
    const a1 = await followUp(a.id, 'a1');
    const b1 = await followUp(b.id, 'b1');
    const a2 = await followUp(a.id, 'a2');
    const b2 = await followUp(b.id, 'b2');
    await waitFor(() => [a1, b1, a2, b2].every((p) => arrivedAt(p).length === 1), 'the four deliveries');
    const before = receiver.received.length;

    const replay = (body: object, key = 'replay-1') =>
      request(t.http).post(`/v1/webhooks/${hook.id}/replay`).set(bearer(integrator)).set('idempotency-key', key).send(body);
    const accepted = (await replay({ from: a1 }).expect(202)).body;
    expect(accepted).toEqual({ webhookId: hook.id, from: a1, upTo: expect.any(Number), requestedAt: expect.any(String), position: expect.any(Number) });
    expect(accepted.upTo).toBeGreaterThanOrEqual(b2);
    await waitFor(() => [b1, a2, b2].every((p) => arrivedAt(p).length === 2), 'the replay');
    expect((await replay({ from: a1 }).expect(202)).body).toEqual(accepted);

    const marker = await followUp(a.id, 'after the replay');
    await waitFor(() => arrivedAt(marker).length === 1, 'a delivery after the replay');
    const replayed = receiver.received.slice(before).filter((r) => r.item.position !== marker);
    expect(replayed.map((r) => r.item.position).sort((x, y) => x - y)).toEqual([b1, a2, b2]);
    const ofB = replayed.filter((r) => r.item.customerId === b.id).map((r) => r.item.position);
    expect(ofB).toEqual([b1, b2]);
    for (const r of replayed) expect(new Webhook(hook.secret).verify(r.body, r.headers as Record<string, string>)).toEqual(JSON.parse(r.body));
    expect((await historyTypes(hook.id)).filter((e) => e.type === 'WebhookReplayRequested')).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({ from: a1, upTo: accepted.upTo }),
        metadata: expect.objectContaining({ actorId: integrator.id }),
      }),
    ]);
  });

  it('refuses a bad from, naming it, and a delivery or webhook that is not there or not yours', async () => {
    const hook = await subscribe();
    const head = await t.headPosition();
    const fieldsNamed = async (body: object) => {
      const { errors } = (await request(t.http).post(`/v1/webhooks/${hook.id}/replay`).set(bearer(integrator)).send(body).expect(400)).body;
      return [...new Set((errors as { field: string }[]).map((e) => e.field))];
    };
    expect(await fieldsNamed({})).toEqual(['from']);
    expect(await fieldsNamed({ from: -1 })).toEqual(['from']);
    expect(await fieldsNamed({ from: head + 1000 })).toEqual(['from']);
    await request(t.http)
      .post(`/v1/webhooks/${hook.id}/deliveries/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/redeliver`)
      .set(bearer(integrator))
      .expect(404);
    const stranger = await t.createUser('integrator');
    await request(t.http).post(`/v1/webhooks/${hook.id}/replay`).set(bearer(stranger)).send({ from: 0 }).expect(404);
    await request(t.http).post(`/v1/webhooks/${hook.id}/replay`).set(bearer(sales)).send({ from: 0 }).expect(403);
    expect((await historyTypes(hook.id)).map((e) => e.type)).toEqual(['WebhookRegistered']);
  });
});

describe('Webhook replay across replicas and restarts (e2e)', () => {
  it('is recorded by an API replica and carried out, once, by the worker that starts afterwards', async () => {
    const receiver = new WebhookReceiver();
    const url = await receiver.start();
    let t = await startTestApp({ env: TEST_ENV });
    try {
      const integrator = await t.createUser('integrator');
      const sales = await t.createUser('sales');
      const hook = (
        await request(t.http)
          .post('/v1/webhooks')
          .set(bearer(integrator))
          .send({ url, eventTypes: ['CustomerRegistered'] })
          .expect(201)
      ).body;
      const { position } = await t.registerCustomer(sales);
      await waitFor(() => receiver.copiesOf(receiver.received[0]?.item.id ?? '') === 1, 'the registration to be delivered');
      await t.close();

      // No worker runs here: the request is only recorded in the webhook's stream.
      t = await startTestApp({ dataDir: t.dataDir, env: { ...TEST_ENV, ROLE: 'api' } });
      await request(t.http)
        .post(`/v1/webhooks/${hook.id}/replay`)
        .set(bearer(integrator))
        .send({ from: position - 1 })
        .expect(202);
      await t.close();
      expect(receiver.received).toHaveLength(1);

      t = await startTestApp({ dataDir: t.dataDir, env: TEST_ENV });
      await waitFor(() => receiver.received.length === 2, 'the worker to carry out the replay');
      const later = await t.registerCustomer(sales);
      await waitFor(() => receiver.received.some((r) => r.item.position === later.position), 'a later delivery');
      expect(receiver.received.map((r) => r.item.position)).toEqual([position, position, later.position]);
      expect(receiver.received[1].headers['webhook-id']).toBe(receiver.received[0].headers['webhook-id']);
    } finally {
      await t.close({ removeData: true });
      await receiver.stop();
    }
  });
});

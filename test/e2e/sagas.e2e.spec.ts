import request from 'supertest';
import { ManualClock } from '#shared';
import { bearer } from './support/bearer.js';
import { sagasSettled } from './support/sagas-settled.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Tag rules and sagas over HTTP with backdated business time (follow-up `at`, order `orderedAt`) and
// the scheduler's `at`. Saga reactions are waited for through the feeder's checkpoint (bounded).

const NOW = new Date('2024-06-15T10:00:00.000Z');
const DAY = 86_400_000;
const daysBefore = (days: number, from = NOW) => new Date(from.getTime() - days * DAY).toISOString();
const daysAfter = (days: number, from = NOW) => new Date(from.getTime() + days * DAY).toISOString();

interface HistoryItem {
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

describe('Sagas and tag rules (e2e)', () => {
  let t: TestApp;
  let clock: ManualClock;
  let sales: TestUser;

  async function register(owner: TestUser = sales): Promise<string> {
    return (await t.registerCustomer(owner)).id;
  }
  const followUp = (id: string, body: Record<string, unknown>) =>
    request(t.http)
      .post(`/v1/customers/${id}/follow-ups`)
      .set(bearer(sales))
      .send({ method: 'phone', content: 'call', result: 'interested', ...body })
      .expect(201);
  const order = (id: string, orderId: string, amount: number, orderedAt: string) =>
    request(t.http).post(`/v1/customers/${id}/orders`).set(bearer(sales)).send({ orderId, amount, orderedAt }).expect(201);
  const evaluate = async (at?: string) =>
    (
      await request(t.http)
        .post('/v1/admin/rules/evaluate')
        .set(bearer(t.adminToken))
        .send(at ? { at } : {})
        .expect(200)
    ).body as { appended: number; customers: number };

  async function customer(id: string): Promise<{ status: string; tags: string[]; tagDetails: { tag: string; source: string; ruleId?: string }[] }> {
    const position = await sagasSettled(t);
    const body = (await request(t.http).get(`/v1/customers/${id}`).set(bearer(t.adminToken)).set('x-min-position', String(position)).expect(200)).body;
    const tagDetails = body.tags as { tag: string; source: string; ruleId?: string }[];
    return { status: body.status, tags: tagDetails.map((t) => t.tag), tagDetails };
  }
  async function history(id: string): Promise<HistoryItem[]> {
    await sagasSettled(t);
    return (await request(t.http).get(`/v1/customers/${id}/history?limit=1000`).set(bearer(t.adminToken)).expect(200)).body.items;
  }
  const ofType = (items: HistoryItem[], type: string, match: Record<string, unknown> = {}) =>
    items.filter((e) => e.type === type && Object.entries(match).every(([k, v]) => e.data[k] === v));

  beforeAll(async () => {
    clock = new ManualClock(NOW);
    t = await startTestApp({ clock });
    sales = await t.createUser('sales');
    // The behaviour-tag rules have their own suite (service-quality.e2e): here they would tag every recent order.
    for (const rule of ['recent-order', 'recent-inquiry'])
      await request(t.http).put(`/v1/admin/rules/${rule}`).set(bearer(t.adminToken)).send({ enabled: false }).expect(200);
  });
  afterAll(() => t.close({ removeData: true }));

  describe('pending-deal and deal-closed', () => {
    it('a quote tags pending-deal; a signed contract wins the customer and removes the tag, recording the rule', async () => {
      const id = await register();
      await followUp(id, { outcomes: ['quote_sent'] });
      expect((await customer(id)).tagDetails).toEqual([{ tag: 'pending-deal', source: 'rule', ruleId: 'pending-deal' }]);

      await followUp(id, { outcomes: ['contract_signed'] });
      const after = await customer(id);
      expect(after.status).toBe('won');
      expect(after.tags).toEqual([]);
      const events = await history(id);
      const [won] = ofType(events, 'CustomerStatusChanged');
      expect(won.data).toMatchObject({ from: 'prospect', to: 'won', reason: 'contract signed', ruleId: 'deal-closed' });
      const signed = events.find((e) => e.type === 'FollowUpRecorded' && (e.data.outcomes as string[]).includes('contract_signed'));
      expect(won.metadata).toMatchObject({ actorId: 'system:rules', causationId: expect.any(String) });
      expect(ofType(events, 'CustomerUntagged', { tag: 'pending-deal', ruleId: 'deal-closed' })).toHaveLength(1);
      expect(signed).toBeDefined();
    });

    it('a follow-up without outcomes changes nothing', async () => {
      const id = await register();
      await followUp(id, {});
      expect((await customer(id)).tags).toEqual([]);
      expect((await history(id)).map((e) => e.type)).toEqual(['CustomerRegistered', 'FollowUpRecorded']);
    });
  });

  describe('high-value', () => {
    it('99,999.99 CNY in the trailing 12 months does not tag; 100,000.00 does, with a revisit reminder 90 days on', async () => {
      const below = await register();
      await order(below, 'HV-1', 4_999_999, daysBefore(100));
      await order(below, 'HV-2', 5_000_000, daysBefore(10));
      expect((await customer(below)).tags).toEqual([]);

      const at = await register();
      await order(at, 'HV-3', 5_000_000, daysBefore(364));
      await order(at, 'HV-4', 5_000_000, daysBefore(1));
      expect((await customer(at)).tagDetails).toEqual([{ tag: 'high-value', source: 'rule', ruleId: 'high-value' }]);
      const [revisit] = ofType(await history(at), 'ReminderScheduled', { ruleId: 'high-value' });
      expect(revisit.data).toMatchObject({ dueAt: daysAfter(90), assigneeId: sales.id });
    });

    it('orders older than the window do not count (backdated orderedAt)', async () => {
      const id = await register();
      await order(id, 'OLD-1', 20_000_000, daysBefore(366));
      expect((await customer(id)).tags).toEqual([]);
    });

    it('the scheduler lets a rule tag lapse once its orders age out of the window, and cancels the open revisit', async () => {
      const id = await register();
      await order(id, 'LAPSE-1', 10_000_000, daysBefore(300));
      expect((await customer(id)).tags).toEqual(['high-value']);
      await evaluate(daysAfter(70));
      expect((await customer(id)).tags).toEqual(['churn-risk']); // 370 days without an order is also a churn risk
      const events = await history(id);
      expect(ofType(events, 'CustomerUntagged', { tag: 'high-value', ruleId: 'high-value' })).toHaveLength(1);
      expect(ofType(events, 'ReminderCancelled', { ruleId: 'high-value' })).toHaveLength(1);
    });
  });

  describe('churn-risk (scheduler, as of an instant)', () => {
    it('day 59 is not at risk, day 60 is: tag and a "contact within 30 days" reminder; a second run adds nothing', async () => {
      const id = await register();
      await followUp(id, { at: daysBefore(59) });
      await sagasSettled(t);
      await evaluate(NOW.toISOString());
      expect((await customer(id)).tags).toEqual([]);

      await evaluate(daysAfter(1));
      expect((await customer(id)).tagDetails).toEqual([{ tag: 'churn-risk', source: 'rule', ruleId: 'churn-risk' }]);
      const [reminder] = ofType(await history(id), 'ReminderScheduled', { ruleId: 'churn-risk' });
      expect(reminder.data).toMatchObject({ dueAt: daysAfter(31), assigneeId: sales.id, reason: expect.stringContaining('30 days') });

      const before = (await history(id)).length;
      await evaluate(daysAfter(1));
      await evaluate(daysAfter(2));
      expect((await history(id)).length).toBe(before);
    });

    it('a follow-up clears it: untag and cancel the open reminder; a later quiet spell is a new cause', async () => {
      const id = await register();
      await followUp(id, { at: daysBefore(80) });
      await sagasSettled(t);
      await evaluate();
      expect((await customer(id)).tags).toEqual(['churn-risk']);

      await followUp(id, { at: daysBefore(1) });
      expect((await customer(id)).tags).toEqual([]);
      const events = await history(id);
      expect(ofType(events, 'CustomerUntagged', { tag: 'churn-risk', ruleId: 'churn-risk-clear' })).toHaveLength(1);
      expect(ofType(events, 'ReminderCancelled', { ruleId: 'churn-risk-clear' })).toHaveLength(1);

      await evaluate(daysAfter(60));
      expect((await customer(id)).tags).toEqual(['churn-risk']);
      expect(ofType(await history(id), 'ReminderScheduled', { ruleId: 'churn-risk' })).toHaveLength(2);
    });

    it('an imported follow-up older than the window does not clear the risk', async () => {
      const id = await register();
      await followUp(id, { at: daysBefore(90) });
      await sagasSettled(t);
      await evaluate();
      await followUp(id, { at: daysBefore(70) });
      expect((await customer(id)).tags).toEqual(['churn-risk']);
    });

    it('churned customers are not at risk', async () => {
      const id = await register();
      await request(t.http).post(`/v1/customers/${id}/status`).set(bearer(sales)).send({ to: 'churned', reason: 'gone' }).expect(200);
      await sagasSettled(t);
      await evaluate(daysAfter(200));
      expect((await customer(id)).tags).toEqual([]);
    });

    it('a manual removal of the tag is respected: the same quiet spell does not re-tag', async () => {
      const id = await register();
      await followUp(id, { at: daysBefore(61) });
      await sagasSettled(t);
      await evaluate();
      await request(t.http).delete(`/v1/customers/${id}/tags/churn-risk`).set(bearer(sales)).expect(200);
      await sagasSettled(t);
      await evaluate();
      expect((await customer(id)).tags).toEqual([]);
      expect(ofType(await history(id), 'CustomerTagged', { tag: 'churn-risk' })).toHaveLength(1);
    });
  });

  describe('admin rules', () => {
    it('lists the default rules; only admins', async () => {
      const rules = (await request(t.http).get('/v1/admin/rules').set(bearer(t.adminToken)).expect(200)).body.items as { id: string; version: number }[];
      expect(rules.map((r) => r.id)).toEqual([
        'high-value',
        'churn-risk',
        'churn-risk-clear',
        'pending-deal',
        'deal-closed',
        'next-follow-up',
        'recent-order',
        'recent-inquiry',
        'complaint-open',
      ]);
      await request(t.http).get('/v1/admin/rules').set(bearer(sales)).expect(403);
    });

    it('an edit is a new audited version that applies from then on', async () => {
      const updated = (await request(t.http).put('/v1/admin/rules/pending-deal').set(bearer(t.adminToken)).send({ tag: 'quoted' }).expect(200)).body;
      expect(updated).toMatchObject({ id: 'pending-deal', tag: 'quoted', version: 2, updatedBy: expect.any(String) });
      const id = await register();
      await followUp(id, { outcomes: ['quote_sent'] });
      expect((await customer(id)).tags).toEqual(['quoted']);

      const history = (await request(t.http).get('/v1/admin/rules/history').set(bearer(t.adminToken)).expect(200)).body.items as { ruleId: string }[];
      expect(history.filter((change) => change.ruleId === 'pending-deal')).toEqual([
        expect.objectContaining({ ruleId: 'pending-deal', version: 2, changes: { tag: 'quoted' } }),
      ]);
      await request(t.http).put('/v1/admin/rules/pending-deal').set(bearer(t.adminToken)).send({ tag: 'pending-deal' }).expect(200);
    });

    it('a disabled rule does nothing', async () => {
      await request(t.http).put('/v1/admin/rules/pending-deal').set(bearer(t.adminToken)).send({ enabled: false }).expect(200);
      const id = await register();
      await followUp(id, { outcomes: ['quote_sent'] });
      expect((await customer(id)).tags).toEqual([]);
      await request(t.http).put('/v1/admin/rules/pending-deal').set(bearer(t.adminToken)).send({ enabled: true }).expect(200);
    });

    it('refuses a field the rule does not have, an unknown field and an unknown rule', async () => {
      const bad = await request(t.http).put('/v1/admin/rules/deal-closed').set(bearer(t.adminToken)).send({ threshold: 5 }).expect(400);
      expect(bad.body.errors).toEqual([{ field: 'threshold', message: expect.any(String) }]);
      await request(t.http).put('/v1/admin/rules/high-value').set(bearer(t.adminToken)).send({ colour: 'red' }).expect(400);
      await request(t.http).put('/v1/admin/rules/nope').set(bearer(t.adminToken)).send({ enabled: true }).expect(404);
    });
  });

  describe('failures', () => {
    it('a reaction the domain refuses (tag limit) is parked, visibly, and the feed goes on', async () => {
      const id = await register();
      for (let i = 1; i <= 10; i++)
        await request(t.http)
          .post(`/v1/customers/${id}/tags`)
          .set(bearer(sales))
          .send({ tag: `t${i}` })
          .expect(200);
      await followUp(id, { outcomes: ['quote_sent'] });
      await sagasSettled(t);
      const parked = (await request(t.http).get('/v1/admin/sagas/parked').set(bearer(t.adminToken)).expect(200)).body.items as {
        ruleId: string;
        customerId: string;
        error: string;
      }[];
      expect(parked).toEqual(
        expect.arrayContaining([expect.objectContaining({ ruleId: 'pending-deal', customerId: id, error: expect.stringContaining('tags') })]),
      );

      const next = await register();
      await followUp(next, { outcomes: ['quote_sent'] });
      expect((await customer(next)).tags).toEqual(['pending-deal']);
    });
  });
});

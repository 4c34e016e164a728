import { rmSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { RulesScheduler } from '#server';
import { ManualClock } from '#shared';
import { bearer } from './support/bearer.js';
import { rebuildsFinished } from './support/rebuilds-finished.js';
import { sagasSettled } from './support/sagas-settled.js';
import { startTestApp, type TestApp, type TestUser } from './support/test-app.js';

// Reminders over HTTP: scheduled by rules, listed with `overdue` from the injected clock, completed,
// following the owner; and no second reminder after a restart, a lost saga checkpoint or a rebuild.

const START = new Date('2024-06-15T10:00:00.000Z');
const DAY = 86_400_000;

interface ReminderView {
  id: string;
  customerId: string;
  dueAt: string;
  reason: string;
  assigneeId: string;
  status: string;
  ruleId?: string;
  overdue: boolean;
}

describe('Reminders (e2e)', () => {
  let t: TestApp;
  let clock: ManualClock;
  let salesA: TestUser;
  let salesB: TestUser;

  const iso = (offsetDays: number) => new Date(clock.now().getTime() + offsetDays * DAY).toISOString();

  async function reminders(user: TestUser | 'admin', query = ''): Promise<ReminderView[]> {
    const position = await sagasSettled(t);
    const auth = bearer(user === 'admin' ? t.adminToken : user);
    return (await request(t.http).get(`/v1/reminders${query}`).set(auth).set('x-min-position', String(position)).expect(200)).body.items;
  }

  async function customerWithPlannedFollowUp(owner: TestUser, nextInDays: number): Promise<string> {
    const { id } = await t.registerCustomer(owner);
    await request(t.http)
      .post(`/v1/customers/${id}/follow-ups`)
      .set(bearer(owner))
      .send({ method: 'visit', content: 'demo', result: 'needs_follow_up', nextFollowUpAt: iso(nextInDays) })
      .expect(201);
    return id;
  }

  async function eventTypes(customerId: string): Promise<string[]> {
    await sagasSettled(t);
    const history = await request(t.http).get(`/v1/customers/${customerId}/history?limit=1000`).set(bearer(t.adminToken)).expect(200);
    return (history.body.items as { type: string }[]).map((e) => e.type);
  }

  beforeAll(async () => {
    clock = new ManualClock(START);
    t = await startTestApp({ clock });
    salesA = await t.createUser('sales');
    salesB = await t.createUser('sales');
  });
  afterAll(() => t.close({ removeData: true }));

  it('a planned follow-up schedules a reminder for the owner; overdue follows the clock', async () => {
    const id = await customerWithPlannedFollowUp(salesA, 7);
    const [reminder] = (await reminders(salesA, '?status=open')).filter((r) => r.customerId === id);
    expect(reminder).toMatchObject({ dueAt: iso(7), assigneeId: salesA.id, status: 'open', ruleId: 'next-follow-up', overdue: false });

    clock.advance(8 * DAY);
    const [later] = (await reminders(salesA)).filter((r) => r.customerId === id);
    expect(later.overdue).toBe(true);
    expect((await reminders(salesA, `?dueBefore=${encodeURIComponent(iso(0))}`)).map((r) => r.id)).toContain(reminder.id);
    expect((await reminders(salesA, `?dueBefore=${encodeURIComponent(iso(-2))}`)).map((r) => r.id)).not.toContain(reminder.id);
  });

  it("sales see only their own reminders, and cannot complete another rep's", async () => {
    const id = await customerWithPlannedFollowUp(salesA, 3);
    const [reminder] = (await reminders(salesA)).filter((r) => r.customerId === id);
    expect((await reminders(salesB)).map((r) => r.id)).not.toContain(reminder.id);
    expect(await reminders(salesB, `?assigneeId=${salesA.id}`)).toEqual([]);
    await request(t.http).post(`/v1/reminders/${reminder.id}/complete`).set(bearer(salesB)).expect(404);
  });

  it('completing is recorded once; a second completion is a no-op', async () => {
    const id = await customerWithPlannedFollowUp(salesA, 5);
    const [reminder] = (await reminders(salesA)).filter((r) => r.customerId === id);
    const first = (await request(t.http).post(`/v1/reminders/${reminder.id}/complete`).set(bearer(salesA)).expect(200)).body;
    const second = (await request(t.http).post(`/v1/reminders/${reminder.id}/complete`).set(bearer(salesA)).expect(200)).body;
    expect(second.revision).toBe(first.revision);
    const [done] = (await reminders(salesA, '?status=completed')).filter((r) => r.id === reminder.id);
    expect(done).toMatchObject({ status: 'completed', completedBy: salesA.id, overdue: false });
    expect((await eventTypes(id)).filter((type) => type === 'ReminderCompleted')).toHaveLength(1);
    await request(t.http).post('/v1/reminders/00000000-0000-4000-8000-000000000000/complete').set(bearer(salesA)).expect(404);
  });

  it('open reminders follow the customer to its new owner (the read model shows the current owner)', async () => {
    const id = await customerWithPlannedFollowUp(salesA, 10);
    const [reminder] = (await reminders(salesA)).filter((r) => r.customerId === id);
    await request(t.http).post(`/v1/customers/${id}/owner`).set(bearer(t.adminToken)).send({ ownerId: salesB.id }).expect(200);
    expect((await reminders(salesB)).find((r) => r.id === reminder.id)).toMatchObject({ assigneeId: salesB.id, status: 'open' });
    expect((await reminders(salesA)).map((r) => r.id)).not.toContain(reminder.id);
  });

  it('the scheduler (every RULES_INTERVAL_MS, as of the injected clock) raises churn-risk once, however often it runs', async () => {
    const { id } = await t.registerCustomer(salesA);
    await request(t.http)
      .post(`/v1/customers/${id}/follow-ups`)
      .set(bearer(salesA))
      .send({ method: 'phone', content: 'hello', result: 'interested' })
      .expect(201);
    await sagasSettled(t);
    const scheduler = t.app.get(RulesScheduler);

    clock.advance(59 * DAY);
    await scheduler.tick();
    expect((await reminders(salesA)).filter((r) => r.customerId === id)).toEqual([]);

    clock.advance(DAY);
    await Promise.all([scheduler.tick(), scheduler.tick()]);
    await scheduler.tick();
    const churn = (await reminders(salesA)).filter((r) => r.customerId === id);
    expect(churn).toEqual([expect.objectContaining({ ruleId: 'churn-risk', dueAt: iso(30), overdue: false })]);

    clock.advance(31 * DAY);
    expect((await reminders(salesA)).find((r) => r.customerId === id)?.overdue).toBe(true);
  });

  it('a rebuild, a restart and a lost saga checkpoint (sagas restart at the head, the scheduler re-evaluates) add nothing', async () => {
    const id = await customerWithPlannedFollowUp(salesA, 4);
    await request(t.http)
      .post(`/v1/customers/${id}/orders`)
      .set(bearer(salesA))
      .send({ orderId: 'BIG-1', amount: 10_000_000, orderedAt: iso(-1) })
      .expect(201);
    await request(t.http)
      .post(`/v1/customers/${id}/follow-ups`)
      .set(bearer(salesA))
      .send({ method: 'phone', content: 'quote', result: 'interested', outcomes: ['quote_sent'] })
      .expect(201);
    const before = await eventTypes(id);
    expect(before.filter((type) => type === 'ReminderScheduled')).toHaveLength(2); // next follow-up + high-value revisit
    const listed = await reminders('admin', '?limit=500');

    await request(t.http).post('/v1/admin/projections/reminders/rebuild').set(bearer(t.adminToken)).expect(202);
    await rebuildsFinished(t);
    expect(await reminders('admin', '?limit=500')).toEqual(listed);

    const { dataDir } = t;
    await t.close();
    rmSync(join(dataDir, 'sagas.db'), { force: true });
    rmSync(join(dataDir, 'sagas.db-wal'), { force: true });
    rmSync(join(dataDir, 'sagas.db-shm'), { force: true });
    t = await startTestApp({ clock, dataDir });
    await t.app.get(RulesScheduler).tick();

    expect(await eventTypes(id)).toEqual(before);
    expect(await reminders('admin', '?limit=500')).toEqual(listed);
  });
});

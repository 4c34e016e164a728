import { AccessPolicy, CustomerCommandPipeline, TeamRoster, UserDirectory, type CommandContext } from '#application';
import { customerStream, DEFAULT_INDUSTRIES } from '#domain';
import { type EventStore, openSqliteEventStore } from '#event-store';
import { ManualClock } from '#shared';
import { ReactionRunner } from '../engine/reaction-runner.js';
import { RuleEngine, type RuleApplication } from '../engine/rule-engine.js';
import { RuleBookStore } from '../rule-book/rule-book-store.js';
import { SqliteSagaState } from '../sqlite/sqlite-saga-state.js';
import { CUSTOMER_ID, DAY, NOW, OWNER_ID, REGISTRATION } from './rule-fixture.js';

// The engine over the real pipeline and SQLite store: whatever repeats, each cause acts once.

const user: CommandContext = { actor: { userId: OWNER_ID, role: 'admin' }, correlationId: 'corr', causationId: 'corr' };

describe('RuleEngine', () => {
  let store: EventStore;
  let clock: ManualClock;
  let rules: RuleBookStore;
  const pipeline = () => new CustomerCommandPipeline(store, clock, new AccessPolicy(new TeamRoster(new UserDirectory(store), store)));
  const engine = () => new RuleEngine(store, pipeline(), rules, { maxTags: () => 10 });
  const types = async () => (await store.readStream(customerStream(CUSTOMER_ID))).map((e) => e.type);

  beforeEach(async () => {
    clock = new ManualClock(NOW);
    store = openSqliteEventStore(':memory:', clock);
    rules = new RuleBookStore(store, clock);
    await pipeline().execute(CUSTOMER_ID, user, (now) => ({
      type: 'RegisterCustomer',
      data: { ...REGISTRATION, industries: DEFAULT_INDUSTRIES },
      now,
    }));
  });
  afterEach(() => store.close());

  async function orderOf(amount: number): Promise<RuleApplication> {
    await pipeline().execute(CUSTOMER_ID, user, (now) => ({
      type: 'RecordOrder',
      data: { orderId: 'o-1', amount, currency: 'CNY', orderedAt: new Date(now.getTime() - DAY) },
      now,
    }));
    const [event] = (await store.readStream(customerStream(CUSTOMER_ID))).filter((e) => e.type === 'OrderRecorded');
    return {
      ruleId: 'high-value',
      customerId: CUSTOMER_ID,
      at: NOW,
      trigger: { eventId: event.id, type: event.type, data: event.data },
      correlationId: 'corr',
      causationId: event.id,
    };
  }

  it('tags and schedules the revisit in one application (rounds to a fixed point), recording rule and cause', async () => {
    const outcome = await engine().apply(await orderOf(10_000_000));
    expect(outcome).toEqual({ appended: 2 });
    const events = await store.readStream(customerStream(CUSTOMER_ID));
    expect(events.slice(-2).map((e) => [e.type, e.data.ruleId, e.metadata.actorId])).toEqual([
      ['CustomerTagged', 'high-value', 'system:rules'],
      ['ReminderScheduled', 'high-value', 'system:rules'],
    ]);
    expect(events.at(-1)?.metadata.causationId).toBe(events.find((e) => e.type === 'OrderRecorded')?.id);
  });

  it('the same event applied again — by a fresh engine, as after a restart — appends nothing', async () => {
    const application = await orderOf(10_000_000);
    await engine().apply(application);
    const before = await types();
    expect(await engine().apply(application)).toEqual({ appended: 0 });
    await Promise.all([engine().apply(application), engine().apply(application)]);
    expect(await types()).toEqual(before);
  });

  it('a tag removed by hand is not put back for the same cause', async () => {
    const application = await orderOf(10_000_000);
    await engine().apply(application);
    await pipeline().execute(CUSTOMER_ID, user, (now) => ({ type: 'UntagCustomer', data: { tag: 'high-value', source: 'manual' }, now }));
    await engine().apply(application);
    expect((await types()).filter((t) => t === 'CustomerTagged')).toHaveLength(1);
  });

  it('a disabled rule does nothing', async () => {
    await rules.change('high-value', { enabled: false }, user.actor, 'corr');
    expect(await engine().apply(await orderOf(20_000_000))).toEqual({ appended: 0 });
  });

  it('a domain refusal is parked at once with a visible record; the runner never rejects', async () => {
    for (let i = 0; i < 10; i++)
      await pipeline().execute(CUSTOMER_ID, user, (now) => ({ type: 'TagCustomer', data: { tag: `t${i}`, source: 'manual', maxTags: 10 }, now }));
    const parked = new SqliteSagaState(':memory:');
    const runner = new ReactionRunner(engine(), parked, clock, { attempts: 3, baseDelayMs: 1, maxDelayMs: 1 });
    const result = await runner.run(await orderOf(10_000_000), 7);
    expect(result).toEqual({ status: 'parked', error: expect.stringContaining('at most 10 tags') });
    expect(await parked.list(10)).toEqual([expect.objectContaining({ ruleId: 'high-value', customerId: CUSTOMER_ID, causePosition: 7, attempts: 1 })]);
    await parked.close();
  });
});

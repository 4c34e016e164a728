import type { LifecycleThresholds } from '#domain';
import type { RecordedEvent } from '#event-store';
import { openSqliteReadStore, type ReadStore } from '#read-store';
import { Feed, followUp, orderRecorded, registered, statusChanged } from '../../__tests__/customer-history.js';
import { BatchDocuments } from '../../runner/batch-documents.js';
import { CUSTOMER_LIFECYCLE, type CustomerLifecycleDocument } from '../customer-lifecycle.document.js';
import { lifecycleProjection } from '../lifecycle.projection.js';
import { LifecycleTally } from '../lifecycle-report.js';
import { stageAt, stageHistory } from '../lifecycle-stages.js';

const thresholds: LifecycleThresholds = { newDays: 90, silentAfterDays: 90, lostAfterDays: 180 };
const DAY = 86_400_000;
const plus = (instant: string, days: number) => new Date(Date.parse(instant) + days * DAY).toISOString();

describe('lifecycle projection', () => {
  let store: ReadStore;
  beforeEach(async () => {
    store = openSqliteReadStore(':memory:');
    await store.prepare(lifecycleProjection.collections);
  });
  afterEach(() => store.close());

  async function project(events: RecordedEvent[]): Promise<CustomerLifecycleDocument | undefined> {
    const documents = new BatchDocuments(store);
    for (const event of events) await lifecycleProjection.apply(event, documents.forEvent(event.position));
    await store.commit(lifecycleProjection.name, documents.drainWrites(), events.at(-1)?.position ?? 0);
    return (await store.get<CustomerLifecycleDocument>(CUSTOMER_LIFECYCLE, 'c1'))?.document;
  }

  it('keeps orders and follow-ups in business-time order, the first order, and the moves in and out of churned', async () => {
    const feed = new Feed();
    const doc = await project([
      feed.record('c1', registered('c1'), '2024-01-10T09:00:00.000Z'),
      feed.record('c1', orderRecorded('c1', 'o1', 100, '2024-03-01T00:00:00.000Z'), '2024-03-01T00:00:00.000Z'),
      feed.record('c1', followUp('c1', 'f1', '2024-02-01T00:00:00.000Z', 'interested'), '2024-03-02T00:00:00.000Z'),
      feed.record('c1', orderRecorded('c1', 'o0', 100, '2024-01-20T00:00:00.000Z'), '2024-03-03T00:00:00.000Z'),
      feed.record('c1', statusChanged('c1', 'prospect', 'qualified'), '2024-03-04T00:00:00.000Z'),
      feed.record('c1', statusChanged('c1', 'qualified', 'churned'), '2024-05-01T00:00:00.000Z'),
      feed.record('c1', statusChanged('c1', 'churned', 'prospect'), '2024-06-01T00:00:00.000Z'),
    ]);
    expect(doc).toEqual({
      id: 'c1',
      ownerId: 'u-owner',
      registeredAt: '2024-01-10T09:00:00.000Z',
      firstOrderAt: '2024-01-20T00:00:00.000Z',
      activity: ['2024-01-20T00:00:00.000Z', '2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z'],
      churn: [
        { at: '2024-05-01T00:00:00.000Z', churned: true },
        { at: '2024-06-01T00:00:00.000Z', churned: false },
      ],
    });
  });
});

describe('lifecycle stages over business time', () => {
  const registeredAt = '2024-01-01T00:00:00.000Z';
  const firstOrder = '2024-02-01T00:00:00.000Z';
  const doc: CustomerLifecycleDocument = {
    id: 'c1',
    ownerId: 'u',
    registeredAt,
    firstOrderAt: firstOrder,
    activity: [firstOrder, '2024-04-01T00:00:00.000Z'],
    churn: [],
  };

  it('is a prospect until the first order, new for newDays, then active while orders or follow-ups are recent', () => {
    expect(stageAt(doc, thresholds, new Date('2023-12-31T00:00:00.000Z'))).toBeUndefined();
    expect(stageAt(doc, thresholds, new Date(registeredAt))).toBe('prospect');
    expect(stageAt(doc, thresholds, new Date(firstOrder))).toBe('new');
    expect(stageAt(doc, thresholds, new Date(plus(firstOrder, 90)))).toBe('active');
  });

  it('goes silent silentAfterDays after the last activity and lost after lostAfterDays', () => {
    const last = '2024-04-01T00:00:00.000Z';
    expect(stageAt(doc, thresholds, new Date(Date.parse(plus(last, 90)) - 1))).toBe('active');
    expect(stageAt(doc, thresholds, new Date(plus(last, 90)))).toBe('silent');
    expect(stageAt(doc, thresholds, new Date(plus(last, 180)))).toBe('lost');
  });

  it('records when each stage was entered, time-based moves included', () => {
    expect(stageHistory(doc, thresholds, new Date('2025-01-01T00:00:00.000Z'))).toEqual([
      { stage: 'prospect', enteredAt: registeredAt },
      { stage: 'new', enteredAt: firstOrder },
      { stage: 'active', enteredAt: plus(firstOrder, 90) },
      { stage: 'silent', enteredAt: plus('2024-04-01T00:00:00.000Z', 90) },
      { stage: 'lost', enteredAt: plus('2024-04-01T00:00:00.000Z', 180) },
    ]);
  });

  it('a new customer without a second activity goes silent straight from new', () => {
    const once = { ...doc, activity: [firstOrder] };
    expect(stageHistory(once, { newDays: 120, silentAfterDays: 90, lostAfterDays: 180 }, new Date('2024-12-01T00:00:00.000Z')).map((e) => e.stage)).toEqual([
      'prospect',
      'new',
      'silent',
      'lost',
    ]);
  });

  it('is lost while churned, and a win-back with a fresh order makes it active again', () => {
    const churned = {
      ...doc,
      activity: [firstOrder, '2024-04-01T00:00:00.000Z', '2024-07-01T00:00:00.000Z'],
      churn: [
        { at: '2024-05-01T00:00:00.000Z', churned: true },
        { at: '2024-06-15T00:00:00.000Z', churned: false },
      ],
    };
    const stages = stageHistory(churned, thresholds, new Date('2024-07-02T00:00:00.000Z'));
    // Churned on the day newDays ran out; back with an activity 75 days old (active), silent 90 days after it, active on the fresh order.
    expect(stages.slice(2)).toEqual([
      { stage: 'lost', enteredAt: '2024-05-01T00:00:00.000Z' },
      { stage: 'active', enteredAt: '2024-06-15T00:00:00.000Z' },
      { stage: 'silent', enteredAt: plus('2024-04-01T00:00:00.000Z', 90) },
      { stage: 'active', enteredAt: '2024-07-01T00:00:00.000Z' },
    ]);
  });

  it('counts stages at the end of each month of the time zone, and the flows between them', () => {
    const tally = new LifecycleTally(['2024-02', '2024-03', '2024-04', '2024-05'], thresholds, 'Asia/Shanghai', new Date('2024-05-10T00:00:00.000Z'));
    tally.add(doc);
    // Registered in February's last Shanghai hours: a prospect at the end of February there.
    tally.add({ id: 'c2', ownerId: 'u', registeredAt: '2024-02-29T17:00:00.000Z', activity: [], churn: [] });
    const report = tally.report();
    expect(report.months.map((m) => [m.month, m.stages])).toEqual([
      ['2024-02', { prospect: 0, new: 1, active: 0, silent: 0, lost: 0 }],
      ['2024-03', { prospect: 1, new: 1, active: 0, silent: 0, lost: 0 }],
      ['2024-04', { prospect: 1, new: 1, active: 0, silent: 0, lost: 0 }],
      ['2024-05', { prospect: 1, new: 0, active: 1, silent: 0, lost: 0 }],
    ]);
    expect(report.flows).toEqual([
      { month: '2024-02', from: 'prospect', to: 'new', count: 1 },
      { month: '2024-05', from: 'new', to: 'active', count: 1 },
    ]);
  });
});

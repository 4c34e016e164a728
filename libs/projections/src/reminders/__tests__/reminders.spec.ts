import type { CustomerEvent } from '#domain';
import type { RecordedEvent } from '#event-store';
import { type ReadStore, openSqliteReadStore } from '#read-store';
import { Feed, registered } from '../../__tests__/customer-history.js';
import { BatchDocuments } from '../../runner/batch-documents.js';
import { REMINDERS, type ReminderDocument } from '../reminder.document.js';
import { remindersProjection } from '../reminders.projection.js';

const ID = 'c1';
const scheduled = (reminderId: string, dueAt: string, ruleId?: string): CustomerEvent => ({
  type: 'ReminderScheduled',
  data: { customerId: ID, reminderId, dueAt, reason: 'call', assigneeId: 'u-owner', ...(ruleId ? { ruleId } : {}) },
});

describe('reminders projection', () => {
  let store: ReadStore;

  beforeEach(async () => {
    store = openSqliteReadStore(':memory:');
    await store.prepare(remindersProjection.collections);
  });
  afterEach(() => store.close());

  async function project(events: RecordedEvent[]): Promise<void> {
    const documents = new BatchDocuments(store);
    for (const event of events) await remindersProjection.apply(event, documents.forEvent(event.position));
    await store.commit(remindersProjection.name, documents.drainWrites(), events.at(-1)?.position ?? 0);
  }
  const all = async () => (await store.list<ReminderDocument>(REMINDERS, { sort: { field: 'dueAt', direction: 'asc' }, limit: 100 })).items;

  const feed = new Feed();
  const history = [
    feed.record(ID, registered(ID), '2024-01-10T09:00:00.000Z'),
    feed.record(ID, scheduled('r1', '2024-02-01T00:00:00.000Z', 'churn-risk'), '2024-01-11T00:00:00.000Z'),
    feed.record(ID, scheduled('r2', '2024-03-01T00:00:00.000Z'), '2024-01-12T00:00:00.000Z'),
    feed.record(ID, scheduled('r3', '2024-04-01T00:00:00.000Z'), '2024-01-13T00:00:00.000Z'),
    feed.record(ID, { type: 'ReminderCompleted', data: { customerId: ID, reminderId: 'r2', completedBy: 'u-owner' } }, '2024-01-14T00:00:00.000Z'),
    feed.record(
      ID,
      { type: 'ReminderCancelled', data: { customerId: ID, reminderId: 'r3', reason: 'gone', ruleId: 'churn-risk-clear' } },
      '2024-01-15T00:00:00.000Z',
    ),
    feed.record(ID, { type: 'CustomerOwnerChanged', data: { customerId: ID, from: 'u-owner', to: 'u-2' } }, '2024-01-16T00:00:00.000Z'),
  ];

  it('keeps one document per reminder with its status; open ones follow the new owner, closed ones keep theirs', async () => {
    await project(history);
    expect((await all()).map((r) => [r.id, r.status, r.assigneeId, r.ruleId])).toEqual([
      ['r1', 'open', 'u-2', 'churn-risk'],
      ['r2', 'completed', 'u-owner', undefined],
      ['r3', 'cancelled', 'u-owner', undefined],
    ]);
    expect((await all())[1]).toMatchObject({ completedBy: 'u-owner', completedAt: '2024-01-14T00:00:00.000Z', customerId: ID });
  });

  it('applying the whole feed again (a lost checkpoint) changes nothing', async () => {
    await project(history);
    const once = await all();
    await project(history);
    expect(await all()).toEqual(once);
  });
});

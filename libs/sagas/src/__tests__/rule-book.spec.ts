import { openSqliteEventStore } from '#event-store';
import { ManualClock } from '#shared';
import { InvalidRuleChangeError, TAG_RULES_STREAM } from '../rule-book/rule-book.js';
import { RuleBookStore } from '../rule-book/rule-book-store.js';
import { NOW } from './rule-fixture.js';

describe('RuleBookStore (tag-rules stream)', () => {
  const admin = { userId: 'admin-1', role: 'admin' as const };

  it('starts from the defaults, versions every change as an event with its author, and skips no-op edits', async () => {
    const clock = new ManualClock(NOW);
    const store = openSqliteEventStore(':memory:', clock);
    const rules = new RuleBookStore(store, clock);
    expect((await rules.current())['high-value']).toMatchObject({ threshold: 10_000_000, windowDays: 365, tag: 'high-value', enabled: true, version: 1 });

    const book = await rules.change('high-value', { threshold: 5_000_000, windowDays: 365 }, admin, 'corr');
    expect(book['high-value']).toMatchObject({ threshold: 5_000_000, version: 2, updatedBy: 'admin-1', updatedAt: NOW.toISOString() });
    await rules.change('high-value', { threshold: 5_000_000 }, admin, 'corr');

    const events = await store.readStream(TAG_RULES_STREAM);
    expect(events.map((e) => [e.type, e.data.changes, e.metadata.actorId])).toEqual([['TagRuleChanged', { threshold: 5_000_000 }, 'admin-1']]);
    expect((await new RuleBookStore(store, clock).current())['high-value'].threshold).toBe(5_000_000);
    await store.close();
  });

  it('refuses a field the rule does not have', async () => {
    const clock = new ManualClock(NOW);
    const store = openSqliteEventStore(':memory:', clock);
    await expect(new RuleBookStore(store, clock).change('next-follow-up', { threshold: 1 }, admin, 'corr')).rejects.toBeInstanceOf(InvalidRuleChangeError);
    await store.close();
  });
});

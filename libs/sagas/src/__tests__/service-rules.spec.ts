import { complaintReminderId } from '../rules/complaint-open.rule.js';
import { CUSTOMER_ID, daysBefore, evaluate, History, NOW } from './rule-fixture.js';

describe('recent-order (近30天下單)', () => {
  it('tags an order within 30 days, and only the scheduler removes the tag once the order ages out', () => {
    const history = new History();
    const trigger = history.order('o-1', 5_000, daysBefore(10));
    const effects = evaluate('recent-order', history, { trigger });
    expect(effects).toEqual([{ kind: 'tag', tag: 'recent-order', cause: `${CUSTOMER_ID}@${daysBefore(10).toISOString()}` }]);
    history.apply(effects, 'recent-order');
    expect(evaluate('recent-order', history, { trigger })).toEqual([]);
    expect(evaluate('recent-order', history, { at: daysBefore(-19) })).toEqual([]);
    expect(evaluate('recent-order', history, { at: daysBefore(-21) })).toEqual([
      { kind: 'untag', tag: 'recent-order', cause: `lapsed:${CUSTOMER_ID}@${daysBefore(10).toISOString()}` },
    ]);
  });

  it('does not tag an imported order older than the window, nor re-tag after a manual untag of the same order', () => {
    const history = new History();
    expect(evaluate('recent-order', history, { trigger: history.order('o-old', 5_000, daysBefore(45)) })).toEqual([]);
    const trigger = history.order('o-2', 5_000, daysBefore(1));
    const [tag] = evaluate('recent-order', history, { trigger });
    history.apply([tag], 'recent-order');
    history.untag('recent-order');
    // The same cause as before: the engine's idempotency key for it was used, so nothing happens twice.
    expect(evaluate('recent-order', history, { trigger })).toEqual([tag]);
  });

  it('leaves a manually set tag alone when it lapses', () => {
    const history = new History();
    history.order('o-1', 5_000, daysBefore(60));
    history.tag('recent-order');
    expect(evaluate('recent-order', history)).toEqual([]);
  });
});

describe('recent-inquiry (近期咨詢過產品)', () => {
  it('tags an inquiry follow-up, not a sales one', () => {
    const history = new History();
    expect(evaluate('recent-inquiry', history, { trigger: history.followUp(daysBefore(2)) })).toEqual([]);
    const trigger = history.followUp(daysBefore(1), { kind: 'inquiry' });
    expect(evaluate('recent-inquiry', history, { trigger })).toEqual([
      { kind: 'tag', tag: 'recent-inquiry', cause: `${CUSTOMER_ID}@${daysBefore(1).toISOString()}` },
    ]);
  });
});

describe('complaint-open', () => {
  it('raises one reminder to the owner for a complaint open 7 days, and cancels it when the complaint is resolved', () => {
    const history = new History();
    history.followUp(daysBefore(8), { kind: 'complaint', followUpId: 'fu-c1' });
    history.followUp(daysBefore(2), { kind: 'complaint', followUpId: 'fu-c2' });
    const reminderId = complaintReminderId(CUSTOMER_ID, 'fu-c1');
    const effects = evaluate('complaint-open', history);
    expect(effects).toEqual([
      { kind: 'schedule-reminder', reminderId, dueAt: NOW, reason: 'Complaint open for 7 days: resolve it or contact the customer', cause: 'open:fu-c1' },
    ]);
    history.apply(effects, 'complaint-open');
    expect(evaluate('complaint-open', history)).toEqual([]);

    const trigger = history.resolve('fu-c1');
    expect(evaluate('complaint-open', history, { trigger })).toEqual([
      { kind: 'cancel-reminder', reminderId, reason: 'Complaint resolved', cause: 'resolved:fu-c1' },
    ]);
  });

  it('never reminds about a complaint resolved in time', () => {
    const history = new History();
    history.followUp(daysBefore(10), { kind: 'complaint', followUpId: 'fu-c1' });
    history.resolve('fu-c1', daysBefore(9));
    expect(evaluate('complaint-open', history)).toEqual([]);
  });
});

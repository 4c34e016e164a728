import { churnReminderId } from '../rules/churn-risk.rule.js';
import { bookWith, CUSTOMER_ID, DAY, daysAfter, daysBefore, evaluate, History, NOW } from './rule-fixture.js';

describe('churn-risk (as of an instant)', () => {
  it.each([
    ['59 days and 23 hours', 59 * DAY + 23 * 3_600_000, false],
    ['exactly 60 days', 60 * DAY, true],
    ['61 days', 61 * DAY, true],
  ])('after %s without follow-up or order: at risk = %s', (_label, quietMs, atRisk) => {
    const history = new History();
    const last = new Date(NOW.getTime() - quietMs);
    history.followUp(last);
    const effects = evaluate('churn-risk', history);
    expect(effects.length > 0).toBe(atRisk);
    if (atRisk) {
      expect(effects).toEqual([
        { kind: 'tag', tag: 'churn-risk', cause: `${CUSTOMER_ID}@${last.toISOString()}` },
        expect.objectContaining({ kind: 'schedule-reminder', reminderId: churnReminderId(CUSTOMER_ID, last.toISOString()), dueAt: daysAfter(30) }),
      ]);
    }
  });

  it('an order counts as an interaction too; with none at all, registration starts the quiet spell', () => {
    const ordered = new History();
    ordered.order('o-1', 100, daysBefore(10));
    expect(evaluate('churn-risk', ordered)).toEqual([]);
    expect(evaluate('churn-risk', new History(daysBefore(59)))).toEqual([]);
    expect(evaluate('churn-risk', new History(daysBefore(60)))).toHaveLength(2);
  });

  it('never for churned customers', () => {
    const history = new History();
    history.status('prospect', 'churned');
    expect(evaluate('churn-risk', history)).toEqual([]);
  });

  it("asks for nothing once applied; if the tag is removed by hand, only the same-cause tag is asked again (the engine's key makes it a no-op)", () => {
    const history = new History();
    history.followUp(daysBefore(70));
    history.apply(evaluate('churn-risk', history), 'churn-risk');
    expect(evaluate('churn-risk', history)).toEqual([]);
    expect(evaluate('churn-risk', history, { at: daysAfter(20) })).toEqual([]);
    history.untag('churn-risk');
    const [again] = evaluate('churn-risk', history);
    expect(again).toEqual({ kind: 'tag', tag: 'churn-risk', cause: `${CUSTOMER_ID}@${daysBefore(70).toISOString()}` });
  });

  it("follows the admin's window", () => {
    const history = new History();
    history.followUp(daysBefore(31));
    expect(evaluate('churn-risk', history, { book: bookWith('churn-risk', { windowDays: 30 }) })).toHaveLength(2);
  });
});

describe('churn-risk-clear', () => {
  const atRisk = () => {
    const history = new History();
    history.followUp(daysBefore(70));
    history.apply(evaluate('churn-risk', history), 'churn-risk');
    return history;
  };

  it('a recent follow-up untags and cancels the open churn reminder', () => {
    const history = atRisk();
    const trigger = history.followUp(NOW);
    const [reminder] = history.facts().customer.reminders;
    expect(evaluate('churn-risk-clear', history, { trigger })).toEqual([
      { kind: 'untag', tag: 'churn-risk', cause: trigger.eventId },
      { kind: 'cancel-reminder', reminderId: reminder.reminderId, reason: 'Customer is active again', cause: trigger.eventId },
    ]);
  });

  it('an order clears it too', () => {
    const history = atRisk();
    expect(evaluate('churn-risk-clear', history, { trigger: history.order('o-1', 500, daysBefore(1)) })).toHaveLength(2);
  });

  it('an imported interaction older than the window does not clear', () => {
    const history = atRisk();
    expect(evaluate('churn-risk-clear', history, { trigger: history.followUp(daysBefore(65)) })).toEqual([]);
  });

  it('asks for nothing once applied, or for a customer without the tag', () => {
    const history = atRisk();
    const trigger = history.followUp(NOW);
    history.apply(evaluate('churn-risk-clear', history, { trigger }), 'churn-risk-clear');
    expect(evaluate('churn-risk-clear', history, { trigger })).toEqual([]);
    const quiet = new History();
    expect(evaluate('churn-risk-clear', quiet, { trigger: quiet.followUp(NOW) })).toEqual([]);
  });
});

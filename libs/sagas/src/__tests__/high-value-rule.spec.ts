import { revisitReminderId } from '../rules/high-value.rule.js';
import { bookWith, CUSTOMER_ID, daysAfter, daysBefore, evaluate, History, NOW } from './rule-fixture.js';

describe('high-value', () => {
  it.each([
    [9_999_999, false],
    [10_000_000, true],
  ])('a trailing-12-month CNY total of %i minor units tags: %s', (total, tags) => {
    const history = new History();
    history.order('o-1', total - 1_000, daysBefore(200));
    const trigger = history.order('o-2', 1_000, daysBefore(1));
    const effects = evaluate('high-value', history, { trigger });
    expect(effects).toEqual(tags ? [{ kind: 'tag', tag: 'high-value', cause: `${CUSTOMER_ID}#o-2` }] : []);
  });

  it('the window is (at − 365 days, at]: an order 365 days old no longer counts; other currencies never do', () => {
    const history = new History();
    history.order('o-1', 10_000_000, daysBefore(365));
    history.order('o-2', 10_000_000, daysBefore(10), 'USD');
    expect(evaluate('high-value', history)).toEqual([]);
    expect(evaluate('high-value', history, { at: new Date(NOW.getTime() - 1) })).toEqual([{ kind: 'tag', tag: 'high-value', cause: `${CUSTOMER_ID}#o-1` }]);
  });

  it('once tagged, schedules the first revisit 90 days after the tag, and nothing more until it is due', () => {
    const history = new History();
    const trigger = history.order('o-1', 10_000_000, daysBefore(5));
    history.apply(evaluate('high-value', history, { trigger }), 'high-value');
    const tagging = history.facts().taggings['high-value'];
    const [revisit] = evaluate('high-value', history, { trigger });
    expect(revisit).toEqual({
      kind: 'schedule-reminder',
      reminderId: revisitReminderId(tagging.eventId, 1),
      dueAt: daysAfter(90),
      reason: 'Quarterly revisit of a high-value customer',
      cause: `revisit:${tagging.eventId}`,
    });
    history.apply([revisit], 'high-value');
    expect(evaluate('high-value', history, { trigger })).toEqual([]);
    expect(evaluate('high-value', history, { at: daysAfter(89) })).toEqual([]);
  });

  it('every 90 days while tagged: when a revisit comes due, the next one is scheduled', () => {
    const history = new History();
    history.order('o-1', 10_000_000, daysBefore(5));
    history.apply(evaluate('high-value', history), 'high-value');
    history.apply(evaluate('high-value', history), 'high-value');
    const [next] = evaluate('high-value', history, { at: daysAfter(90) });
    expect(next).toMatchObject({ kind: 'schedule-reminder', dueAt: daysAfter(180) });
  });

  it('a rule tag lapses (scheduler only) when the window no longer reaches the threshold, cancelling open revisits', () => {
    const history = new History();
    history.order('o-1', 10_000_000, daysBefore(300));
    history.apply(evaluate('high-value', history), 'high-value');
    history.apply(evaluate('high-value', history), 'high-value');
    const at = daysAfter(66);
    const effects = evaluate('high-value', history, { at });
    expect(effects.map((e) => e.kind)).toEqual(['untag', 'cancel-reminder']);
    history.apply(effects, 'high-value', at);
    expect(evaluate('high-value', history, { at })).toEqual([]);
  });

  it('a manual high-value tag never lapses, and is not re-tagged by the rule', () => {
    const history = new History();
    history.tag('high-value', daysBefore(10));
    expect(evaluate('high-value', history).map((e) => e.kind)).toEqual(['schedule-reminder']);
  });

  it("follows the admin's threshold", () => {
    const history = new History();
    history.order('o-1', 5_000_000, daysBefore(3));
    expect(evaluate('high-value', history, { book: bookWith('high-value', { threshold: 5_000_000 }) })).toHaveLength(1);
  });
});

import { nextFollowUpReminderId } from '../rules/next-follow-up.rule.js';
import { daysAfter, daysBefore, evaluate, History, NOW } from './rule-fixture.js';

describe('pending-deal', () => {
  it('tags a follow-up with quote_sent', () => {
    const history = new History();
    const trigger = history.followUp(NOW, { outcomes: ['quote_sent'] });
    expect(evaluate('pending-deal', history, { trigger })).toEqual([{ kind: 'tag', tag: 'pending-deal', cause: trigger.eventId }]);
  });

  it('ignores follow-ups without the outcome, and quotes signed in the same follow-up', () => {
    const history = new History();
    expect(evaluate('pending-deal', history, { trigger: history.followUp(NOW) })).toEqual([]);
    expect(evaluate('pending-deal', history, { trigger: history.followUp(NOW, { outcomes: ['quote_sent', 'contract_signed'] }) })).toEqual([]);
  });

  it('asks for nothing once applied (a repeat of the same event is a no-op)', () => {
    const history = new History();
    const trigger = history.followUp(NOW, { outcomes: ['quote_sent'] });
    history.apply(evaluate('pending-deal', history, { trigger }), 'pending-deal');
    expect(evaluate('pending-deal', history, { trigger })).toEqual([]);
  });
});

describe('deal-closed', () => {
  it('moves a pending deal to won with the reason "contract signed" and removes pending-deal', () => {
    const history = new History();
    history.tag('pending-deal', NOW, 'pending-deal');
    const trigger = history.followUp(NOW, { outcomes: ['contract_signed'] });
    expect(evaluate('deal-closed', history, { trigger })).toEqual([
      { kind: 'change-status', to: 'won', reason: 'contract signed', cause: trigger.eventId },
      { kind: 'untag', tag: 'pending-deal', cause: trigger.eventId },
    ]);
  });

  it('a customer already won only loses the tag; a churned one is not won back by a signature', () => {
    const won = new History();
    won.status('prospect', 'won');
    expect(evaluate('deal-closed', won, { trigger: won.followUp(NOW, { outcomes: ['contract_signed'] }) })).toEqual([]);

    const churned = new History();
    churned.status('prospect', 'churned');
    expect(evaluate('deal-closed', churned, { trigger: churned.followUp(NOW, { outcomes: ['contract_signed'] }) })).toEqual([]);
  });

  it('asks for nothing once applied', () => {
    const history = new History();
    history.tag('pending-deal', NOW, 'pending-deal');
    const trigger = history.followUp(NOW, { outcomes: ['contract_signed'] });
    history.apply(evaluate('deal-closed', history, { trigger }), 'deal-closed');
    expect(history.facts().customer.status).toBe('won');
    expect(evaluate('deal-closed', history, { trigger })).toEqual([]);
  });
});

describe('next-follow-up', () => {
  it('schedules a reminder at nextFollowUpAt, with an id derived from the follow-up', () => {
    const history = new History();
    const trigger = history.followUp(NOW, { nextFollowUpAt: daysAfter(7) });
    expect(evaluate('next-follow-up', history, { trigger })).toEqual([
      {
        kind: 'schedule-reminder',
        reminderId: nextFollowUpReminderId(trigger.eventId),
        dueAt: daysAfter(7),
        reason: 'Planned follow-up',
        cause: trigger.eventId,
      },
    ]);
  });

  it('schedules once per follow-up: a repeat finds the reminder (even completed), a new follow-up gets its own', () => {
    const history = new History();
    const first = history.followUp(daysBefore(2), { nextFollowUpAt: daysAfter(7) });
    history.apply(evaluate('next-follow-up', history, { trigger: first }), 'next-follow-up');
    expect(evaluate('next-follow-up', history, { trigger: first })).toEqual([]);
    const second = history.followUp(NOW, { nextFollowUpAt: daysAfter(14) });
    expect(evaluate('next-follow-up', history, { trigger: second })).toHaveLength(1);
  });

  it('ignores follow-ups without nextFollowUpAt', () => {
    const history = new History();
    expect(evaluate('next-follow-up', history, { trigger: history.followUp(NOW) })).toEqual([]);
  });
});

// Reminders in the customer stream: schedule, complete, cancel; every repeat is a no-op.
import type { CancelReminder, CompleteReminder, ReminderEvent, ScheduleReminder } from '../customer-reminders.js';
import type { CustomerEvent } from '../customer-events.js';
import { CUSTOMER_ID, DAY, NOW, OWNER_ID, after, historyIn } from './customer-fixtures.js';
import { given, stateOf } from './decider-spec.js';

const REMINDER_ID = '0b7d3c52-2f4e-4c9a-9d1e-3a2b1c0d9e8f';
const DUE = after(30 * DAY);

const schedule = (data: Partial<ScheduleReminder['data']> = {}): ScheduleReminder => ({
  type: 'ScheduleReminder',
  data: { reminderId: REMINDER_ID, dueAt: DUE, reason: 'Contact within 30 days', ...data },
  now: NOW,
});
const complete = (completedBy = OWNER_ID): CompleteReminder => ({ type: 'CompleteReminder', data: { reminderId: REMINDER_ID, completedBy }, now: NOW });
const cancel = (ruleId?: string): CancelReminder => ({
  type: 'CancelReminder',
  data: ruleId === undefined ? { reminderId: REMINDER_ID, reason: 'not needed' } : { reminderId: REMINDER_ID, reason: 'not needed', ruleId },
  now: NOW,
});

const scheduled = (overrides: Partial<Extract<ReminderEvent, { type: 'ReminderScheduled' }>['data']> = {}): CustomerEvent => ({
  type: 'ReminderScheduled',
  data: { customerId: CUSTOMER_ID, reminderId: REMINDER_ID, dueAt: DUE.toISOString(), reason: 'Contact within 30 days', assigneeId: OWNER_ID, ...overrides },
});
const completed: CustomerEvent = { type: 'ReminderCompleted', data: { customerId: CUSTOMER_ID, reminderId: REMINDER_ID, completedBy: OWNER_ID } };
const cancelled: CustomerEvent = { type: 'ReminderCancelled', data: { customerId: CUSTOMER_ID, reminderId: REMINDER_ID, reason: 'not needed' } };

describe('Customer decider — ScheduleReminder', () => {
  describe('when registered without reminders', () => {
    const history = historyIn('qualified');

    it('assigns the reminder to the owner by default', () => {
      given(history).when(schedule()).then([scheduled()]);
    });

    it('records the rule and an explicit assignee, with the reason trimmed', () => {
      given(history)
        .when(schedule({ ruleId: 'churn-risk', assigneeId: 'user-sales-2', reason: '  call them  ' }))
        .then([scheduled({ ruleId: 'churn-risk', assigneeId: 'user-sales-2', reason: 'call them' })]);
    });

    it.each([
      ['empty', '   '],
      ['too long', 'x'.repeat(501)],
    ])('refuses a %s reason', (_label, reason) => {
      given(history).when(schedule({ reason })).thenThrows('invalid-value', 'reason');
    });

    it('refuses an invalid due instant', () => {
      given(history)
        .when(schedule({ dueAt: new Date('nope') }))
        .thenThrows('invalid-value', 'dueAt');
    });
  });

  describe('when the reminder id is already used (same cause)', () => {
    it.each([
      ['open', [scheduled()]],
      ['completed', [scheduled(), completed]],
      ['cancelled', [scheduled(), cancelled]],
    ])('a repeat on an %s reminder is a no-op', (_label, events) => {
      given([...historyIn('won'), ...events])
        .when(schedule({ dueAt: after(99 * DAY) }))
        .thenNothingHappened();
    });
  });

  it('refuses an unregistered customer', () => {
    given([]).when(schedule()).thenThrows('not-found');
  });
});

describe('Customer decider — CompleteReminder', () => {
  it('completes an open reminder, recording who did it', () => {
    given([...historyIn('prospect'), scheduled()])
      .when(complete('user-sales-2'))
      .then([{ type: 'ReminderCompleted', data: { customerId: CUSTOMER_ID, reminderId: REMINDER_ID, completedBy: 'user-sales-2' } }]);
  });

  it('completing twice is a no-op', () => {
    given([...historyIn('prospect'), scheduled(), completed])
      .when(complete())
      .thenNothingHappened();
  });

  it('refuses a cancelled reminder', () => {
    given([...historyIn('prospect'), scheduled(), cancelled])
      .when(complete())
      .thenThrows('invalid-status-transition', 'reminderId');
  });

  it('refuses an unknown reminder with not-found', () => {
    given(historyIn('prospect')).when(complete()).thenThrows('not-found', 'reminderId');
  });
});

describe('Customer decider — CancelReminder', () => {
  it('cancels an open reminder, recording the rule', () => {
    given([...historyIn('prospect'), scheduled()])
      .when(cancel('churn-risk-clear'))
      .then([{ type: 'ReminderCancelled', data: { customerId: CUSTOMER_ID, reminderId: REMINDER_ID, reason: 'not needed', ruleId: 'churn-risk-clear' } }]);
  });

  it.each([
    ['completed', completed],
    ['cancelled', cancelled],
  ])('cancelling a %s reminder is a no-op', (_label, closing) => {
    given([...historyIn('prospect'), scheduled(), closing])
      .when(cancel())
      .thenNothingHappened();
  });

  it('refuses an unknown reminder with not-found', () => {
    given(historyIn('prospect')).when(cancel()).thenThrows('not-found', 'reminderId');
  });
});

describe('Customer evolve — reminders', () => {
  const ownerChanged = (from: string, to: string): CustomerEvent => ({ type: 'CustomerOwnerChanged', data: { customerId: CUSTOMER_ID, from, to } });

  it('tracks status per reminder', () => {
    const state = stateOf([...historyIn('prospect'), scheduled(), completed]);
    expect(state.kind === 'registered' && state.reminders).toEqual([
      { reminderId: REMINDER_ID, dueAt: DUE.toISOString(), reason: 'Contact within 30 days', assigneeId: OWNER_ID, status: 'completed' },
    ]);
  });

  it('open reminders of the old owner follow the customer to the new owner; closed ones keep their assignee', () => {
    const other = '1c8e4d63-3a5f-4dab-8e2f-4b3c2d1e0f9a';
    const state = stateOf([
      ...historyIn('prospect'),
      scheduled(),
      scheduled({ reminderId: other }),
      { type: 'ReminderCompleted', data: { customerId: CUSTOMER_ID, reminderId: other, completedBy: OWNER_ID } },
      ownerChanged(OWNER_ID, 'user-sales-2'),
    ]);
    expect(state.kind === 'registered' && state.reminders.map((r) => [r.reminderId, r.assigneeId])).toEqual([
      [REMINDER_ID, 'user-sales-2'],
      [other, OWNER_ID],
    ]);
  });
});

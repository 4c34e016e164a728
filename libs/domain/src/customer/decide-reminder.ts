import { DomainError } from '../shared/domain-error.js';
import type { CancelReminder, CompleteReminder, ReminderCommand, ReminderEvent, ScheduleReminder } from './customer-reminders.js';
import { FIELD_LIMITS } from './field-limits.js';
import type { RegisteredCustomer } from './customer-state.js';

/** Reminder commands on a registered customer. Every repeat is a no-op, so rules may retry freely. */
export function decideReminder(command: ReminderCommand, state: RegisteredCustomer): ReminderEvent[] {
  switch (command.type) {
    case 'ScheduleReminder':
      return schedule(command, state);
    case 'CompleteReminder':
      return complete(command, state);
    case 'CancelReminder':
      return cancel(command, state);
  }
}

function schedule({ data }: ScheduleReminder, state: RegisteredCustomer): ReminderEvent[] {
  if (state.reminders.some((r) => r.reminderId === data.reminderId)) return [];
  if (Number.isNaN(data.dueAt.getTime())) throw new DomainError('invalid-value', 'dueAt must be a valid instant', 'dueAt');
  const reason = data.reason.trim();
  if (reason.length === 0 || reason.length > FIELD_LIMITS.reason) {
    throw new DomainError('invalid-value', `reason must be 1..${FIELD_LIMITS.reason} characters`, 'reason');
  }
  const scheduled = {
    customerId: state.customerId,
    reminderId: data.reminderId,
    dueAt: data.dueAt.toISOString(),
    reason,
    assigneeId: data.assigneeId ?? state.ownerId,
  };
  return [{ type: 'ReminderScheduled', data: data.ruleId === undefined ? scheduled : { ...scheduled, ruleId: data.ruleId } }];
}

function complete({ data }: CompleteReminder, state: RegisteredCustomer): ReminderEvent[] {
  const reminder = reminderOf(state, data.reminderId);
  if (reminder.status === 'completed') return [];
  if (reminder.status === 'cancelled') throw new DomainError('invalid-status-transition', 'A cancelled reminder cannot be completed', 'reminderId');
  return [{ type: 'ReminderCompleted', data: { customerId: state.customerId, reminderId: data.reminderId, completedBy: data.completedBy } }];
}

function cancel({ data }: CancelReminder, state: RegisteredCustomer): ReminderEvent[] {
  const reminder = reminderOf(state, data.reminderId);
  if (reminder.status !== 'open') return [];
  const cancelled = { customerId: state.customerId, reminderId: data.reminderId, reason: data.reason };
  return [{ type: 'ReminderCancelled', data: data.ruleId === undefined ? cancelled : { ...cancelled, ruleId: data.ruleId } }];
}

function reminderOf(state: RegisteredCustomer, reminderId: string) {
  const reminder = state.reminders.find((r) => r.reminderId === reminderId);
  if (!reminder) throw new DomainError('not-found', 'Reminder not found', 'reminderId');
  return reminder;
}

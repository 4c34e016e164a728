// Reminders live in the customer stream (SPEC §4): scheduled by a user or a rule, then completed or cancelled.

export const REMINDER_STATUSES = ['open', 'completed', 'cancelled'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

// ─── events ───

type ReminderScheduled = {
  type: 'ReminderScheduled';
  data: { customerId: string; reminderId: string; dueAt: string; reason: string; assigneeId: string; ruleId?: string };
};

type ReminderCompleted = {
  type: 'ReminderCompleted';
  data: { customerId: string; reminderId: string; completedBy: string };
};

type ReminderCancelled = {
  type: 'ReminderCancelled';
  data: { customerId: string; reminderId: string; reason: string; ruleId?: string };
};

export type ReminderEvent = ReminderScheduled | ReminderCompleted | ReminderCancelled;

// ─── commands ───

export type ScheduleReminder = {
  type: 'ScheduleReminder';
  /** assigneeId defaults to the customer's owner. A reminderId already used is a no-op: ids carry the cause. */
  data: { reminderId: string; dueAt: Date; reason: string; assigneeId?: string; ruleId?: string };
  now: Date;
};

export type CompleteReminder = {
  type: 'CompleteReminder';
  data: { reminderId: string; completedBy: string };
  now: Date;
};

export type CancelReminder = {
  type: 'CancelReminder';
  data: { reminderId: string; reason: string; ruleId?: string };
  now: Date;
};

export type ReminderCommand = ScheduleReminder | CompleteReminder | CancelReminder;

// ─── state ───

export interface CustomerReminder {
  reminderId: string;
  dueAt: string;
  reason: string;
  assigneeId: string;
  status: ReminderStatus;
  ruleId?: string;
}

import type { ReminderStatus } from '#domain';
import type { CollectionSpec, ReadDocument } from '#read-store';

export const REMINDERS = 'reminders';
/** Per customer that has had a reminder: its owner and open reminders, so an owner change can reassign them. */
export const REMINDER_OWNERS = 'reminder-owners';

export interface ReminderDocument extends ReadDocument {
  id: string;
  customerId: string;
  dueAt: string;
  reason: string;
  /** The current assignee: open reminders follow the customer to a new owner. */
  assigneeId: string;
  status: ReminderStatus;
  ruleId?: string;
  scheduledAt: string;
  completedAt?: string;
  completedBy?: string;
  cancelledAt?: string;
  cancelReason?: string;
}

export interface ReminderOwnerDocument extends ReadDocument {
  id: string;
  ownerId: string;
  openReminderIds: string[];
}

export const remindersCollection: CollectionSpec = {
  name: REMINDERS,
  fields: { customerId: 'text', assigneeId: 'text', status: 'text', dueAt: 'text' },
};

export const reminderOwnersCollection: CollectionSpec = { name: REMINDER_OWNERS, fields: { ownerId: 'text' } };

import type { CustomerReminder, ReminderEvent } from './customer-reminders.js';

/** The customer's reminders after one reminder event. */
export function evolveReminders(reminders: readonly CustomerReminder[], event: ReminderEvent): CustomerReminder[] {
  switch (event.type) {
    case 'ReminderScheduled': {
      const { customerId: _customerId, ...scheduled } = event.data;
      return [...reminders, { ...scheduled, status: 'open' }];
    }
    case 'ReminderCompleted':
      return withStatus(reminders, event.data.reminderId, 'completed');
    case 'ReminderCancelled':
      return withStatus(reminders, event.data.reminderId, 'cancelled');
  }
}

/** Open reminders follow the customer to its new owner; closed ones keep who had them. */
export function reassignOpenReminders(reminders: readonly CustomerReminder[], from: string, to: string): CustomerReminder[] {
  return reminders.map((r) => (r.status === 'open' && r.assigneeId === from ? { ...r, assigneeId: to } : r));
}

function withStatus(reminders: readonly CustomerReminder[], reminderId: string, status: CustomerReminder['status']): CustomerReminder[] {
  return reminders.map((r) => (r.reminderId === reminderId ? { ...r, status } : r));
}

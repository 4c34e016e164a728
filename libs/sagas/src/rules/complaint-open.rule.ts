import { deterministicUuid } from '#application';
import { DAY_MS } from '#domain';
import type { CustomerRule, RuleEffect } from './customer-rule.js';

const RESOLVED_REASON = 'Complaint resolved';

/** One reminder per complaint, whenever the scheduler first sees it overdue. */
export const complaintReminderId = (customerId: string, followUpId: string): string => deterministicUuid('complaint-open', customerId, followUpId);

/** A complaint left open windowDays raises a reminder to the owner; resolving it cancels that reminder. */
export const complaintOpenRule: CustomerRule = {
  id: 'complaint-open',
  scheduled: true,
  concerns: (trigger) => trigger.type === 'ComplaintResolved',
  evaluate({ facts, book, at, trigger }) {
    const { windowDays } = book['complaint-open'];
    if (windowDays === undefined) return [];
    const { customerId, complaints, reminders } = facts.customer;
    const effects: RuleEffect[] = [];
    for (const complaint of complaints) {
      const reminderId = complaintReminderId(customerId, complaint.followUpId);
      const reminder = reminders.find((r) => r.reminderId === reminderId);
      if (complaint.resolvedAt !== undefined) {
        if (reminder?.status === 'open')
          effects.push({ kind: 'cancel-reminder', reminderId, reason: RESOLVED_REASON, cause: `resolved:${complaint.followUpId}` });
        continue;
      }
      if (trigger !== undefined || reminder !== undefined) continue;
      if (at.getTime() - Date.parse(complaint.at) < windowDays * DAY_MS) continue;
      effects.push({
        kind: 'schedule-reminder',
        reminderId,
        dueAt: at,
        reason: `Complaint open for ${windowDays} days: resolve it or contact the customer`,
        cause: `open:${complaint.followUpId}`,
      });
    }
    return effects;
  },
};

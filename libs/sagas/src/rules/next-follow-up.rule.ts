import { deterministicUuid } from '#application';
import type { CustomerRule } from './customer-rule.js';
import { nextFollowUpAtOf } from './follow-up-trigger.js';

const NEXT_FOLLOW_UP_REASON = 'Planned follow-up';

/** The reminder a follow-up plans; its id is derived from that follow-up, so it is scheduled once. */
export const nextFollowUpReminderId = (followUpEventId: string): string => deterministicUuid('next-follow-up', followUpEventId);

export const nextFollowUpRule: CustomerRule = {
  id: 'next-follow-up',
  scheduled: false,
  concerns: (trigger) => nextFollowUpAtOf(trigger) !== undefined,
  evaluate({ facts, trigger }) {
    const dueAt = trigger ? nextFollowUpAtOf(trigger) : undefined;
    if (!trigger || dueAt === undefined) return [];
    const reminderId = nextFollowUpReminderId(trigger.eventId);
    if (facts.customer.reminders.some((r) => r.reminderId === reminderId)) return [];
    return [{ kind: 'schedule-reminder', reminderId, dueAt: new Date(dueAt), reason: NEXT_FOLLOW_UP_REASON, cause: trigger.eventId }];
  },
};

import { deterministicUuid } from '#application';
import { DAY_MS, ordersInWindow, totalOf, type OrderFact } from '#domain';
import type { CustomerFacts } from '../facts/customer-facts.js';
import { HIGH_VALUE_REVISIT_DAYS } from '../rule-book/rule-catalog.js';
import type { CustomerRule, RuleEffect } from './customer-rule.js';

const REVISIT_REASON = 'Quarterly revisit of a high-value customer';
const HIGH_VALUE_LAPSED_REASON = 'No longer high-value';

/** The newest order of the window: the cause of qualifying, so only a new order can re-tag after a manual untag. */
const newestOf = (orders: readonly OrderFact[]): OrderFact | undefined =>
  [...orders].sort((a, b) => a.orderedAt.localeCompare(b.orderedAt) || a.orderId.localeCompare(b.orderId)).at(-1);

/** The n-th revisit (1-based) of one tagging: due n × 90 days after the tag was set. */
export const revisitReminderId = (taggingEventId: string, n: number): string => deterministicUuid('high-value', 'revisit', taggingEventId, String(n));

export const highValueRule: CustomerRule = {
  id: 'high-value',
  scheduled: true,
  concerns: (trigger) => trigger.type === 'OrderRecorded',
  evaluate({ facts, book, at, trigger }) {
    const { tag, threshold, windowDays } = book['high-value'];
    if (tag === undefined || threshold === undefined || windowDays === undefined) return [];
    const window = ordersInWindow(facts.orders, windowDays, at);
    const qualifies = totalOf(window) >= threshold;
    const current = facts.customer.tags.find((t) => t.tag === tag);
    const tagging = facts.taggings[tag];

    if (current === undefined) {
      const newest = newestOf(window);
      return qualifies && newest ? [{ kind: 'tag', tag, cause: `${facts.customer.customerId}#${newest.orderId}` }] : [];
    }
    // Orders only ever add to the total, so only the scheduler sees a rule tag lapse as orders age out.
    if (!qualifies && current.source === 'rule' && trigger === undefined && tagging !== undefined) {
      return lapse(facts, tag, tagging.eventId);
    }
    return tagging === undefined ? [] : nextRevisit(facts, tagging, at);
  },
};

function lapse(facts: CustomerFacts, tag: string, taggingEventId: string): RuleEffect[] {
  const cause = `lapsed:${taggingEventId}`;
  const effects: RuleEffect[] = [{ kind: 'untag', tag, cause }];
  for (const reminder of facts.customer.reminders) {
    if (reminder.status === 'open' && reminder.ruleId === 'high-value') {
      effects.push({ kind: 'cancel-reminder', reminderId: reminder.reminderId, reason: HIGH_VALUE_LAPSED_REASON, cause });
    }
  }
  return effects;
}

/** Keeps exactly one upcoming revisit per 90-day period of the current tagging; past ones stay as they are. */
function nextRevisit(facts: CustomerFacts, tagging: { eventId: string; occurredAt: string }, at: Date): RuleEffect[] {
  const taggedAt = Date.parse(tagging.occurredAt);
  const period = HIGH_VALUE_REVISIT_DAYS * DAY_MS;
  const n = Math.max(1, Math.floor((at.getTime() - taggedAt) / period) + 1);
  const reminderId = revisitReminderId(tagging.eventId, n);
  if (facts.customer.reminders.some((r) => r.reminderId === reminderId)) return [];
  return [{ kind: 'schedule-reminder', reminderId, dueAt: new Date(taggedAt + n * period), reason: REVISIT_REASON, cause: `revisit:${tagging.eventId}` }];
}

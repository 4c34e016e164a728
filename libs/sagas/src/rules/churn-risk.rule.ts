import { deterministicUuid } from '#application';
import { DAY_MS } from '#domain';
import { hasTag, lastInteractionAt, type CustomerFacts } from '../facts/customer-facts.js';
import { CHURN_CONTACT_DAYS } from '../rule-book/rule-catalog.js';
import type { CustomerRule, RuleEffect } from './customer-rule.js';

/** Since when the customer has been quiet: its last follow-up or order, else its registration. */
export const quietSince = (facts: CustomerFacts): string => lastInteractionAt(facts.customer) ?? facts.customer.registeredAt;

/** At risk from the instant `windowDays` full days have passed without a follow-up or order. */
export function isAtRisk(facts: CustomerFacts, windowDays: number, at: Date): boolean {
  if (facts.customer.status === 'churned') return false;
  return at.getTime() - Date.parse(quietSince(facts)) >= windowDays * DAY_MS;
}

/** One quiet spell is one cause: the reminder for it is scheduled once, whatever happens to it later. */
export const churnReminderId = (customerId: string, quietSinceIso: string): string => deterministicUuid('churn-risk', customerId, quietSinceIso);

export const churnRiskRule: CustomerRule = {
  id: 'churn-risk',
  scheduled: true,
  concerns: () => false,
  evaluate({ facts, book, at }) {
    const { tag, windowDays } = book['churn-risk'];
    if (tag === undefined || windowDays === undefined || !isAtRisk(facts, windowDays, at)) return [];
    const since = quietSince(facts);
    const cause = `${facts.customer.customerId}@${since}`;
    const effects: RuleEffect[] = [];
    if (!hasTag(facts, tag)) effects.push({ kind: 'tag', tag, cause });
    const reminderId = churnReminderId(facts.customer.customerId, since);
    if (!facts.customer.reminders.some((r) => r.reminderId === reminderId)) {
      const dueAt = new Date(at.getTime() + CHURN_CONTACT_DAYS * DAY_MS);
      effects.push({
        kind: 'schedule-reminder',
        reminderId,
        dueAt,
        reason: `Contact within ${CHURN_CONTACT_DAYS} days: no follow-up or order for ${windowDays} days`,
        cause,
      });
    }
    return effects;
  },
};

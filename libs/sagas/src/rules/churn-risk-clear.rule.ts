import { hasTag } from '../facts/customer-facts.js';
import type { CustomerRule, RuleEffect } from './customer-rule.js';
import { isAtRisk, quietSince } from './churn-risk.rule.js';

const CHURN_CLEARED_REASON = 'Customer is active again';

/**
 * A follow-up or order on a churn-risk customer clears the risk — if it actually does: an imported
 * interaction older than the window leaves the customer at risk (clearing it would only flap the tag).
 */
export const churnRiskClearRule: CustomerRule = {
  id: 'churn-risk-clear',
  scheduled: true,
  concerns: (trigger) => trigger.type === 'FollowUpRecorded' || trigger.type === 'OrderRecorded',
  evaluate({ facts, book, at, trigger }) {
    const { tag, windowDays } = book['churn-risk'];
    if (tag === undefined || windowDays === undefined || !hasTag(facts, tag) || facts.customer.status === 'churned') return [];
    if (isAtRisk(facts, windowDays, at)) return [];
    const cause = trigger?.eventId ?? `${facts.customer.customerId}@${quietSince(facts)}`;
    const effects: RuleEffect[] = [{ kind: 'untag', tag, cause }];
    for (const reminder of facts.customer.reminders) {
      if (reminder.status === 'open' && reminder.ruleId === 'churn-risk') {
        effects.push({ kind: 'cancel-reminder', reminderId: reminder.reminderId, reason: CHURN_CLEARED_REASON, cause });
      }
    }
    return effects;
  },
};

import { DAY_MS } from '#domain';
import { hasTag, type CustomerFacts } from '../facts/customer-facts.js';
import type { RuleId } from '../rule-book/rule-catalog.js';
import type { CustomerRule, RuleTrigger } from './customer-rule.js';

/**
 * A behaviour tag held while the customer's newest activity of one kind is within the rule's window:
 * set by the activity itself, removed by the scheduler once the activity ages out. The cause of the
 * tag is the activity's instant, so the same activity never tags twice after a manual untag.
 */
function recentActivityRule(id: RuleId, latestOf: (facts: CustomerFacts) => string | undefined, isActivity: (trigger: RuleTrigger) => boolean): CustomerRule {
  return {
    id,
    scheduled: true,
    concerns: isActivity,
    evaluate({ facts, book, at, trigger }) {
      const { tag, windowDays } = book[id];
      if (tag === undefined || windowDays === undefined) return [];
      if (trigger !== undefined && !isActivity(trigger)) return [];
      const latest = latestOf(facts);
      const recent = latest !== undefined && at.getTime() - Date.parse(latest) < windowDays * DAY_MS;
      const tagged = hasTag(facts, tag);
      if (recent && !tagged) return [{ kind: 'tag', tag, cause: `${facts.customer.customerId}@${latest}` }];
      const ruleSet = facts.customer.tags.some((t) => t.tag === tag && t.source === 'rule');
      // Only the scheduler removes: an activity recorded with an old business time must not untag a recent one.
      if (!recent && ruleSet && trigger === undefined) return [{ kind: 'untag', tag, cause: `lapsed:${facts.customer.customerId}@${latest ?? 'never'}` }];
      return [];
    },
  };
}

export const recentOrderRule = recentActivityRule(
  'recent-order',
  (facts) => facts.customer.lastOrderAt,
  (trigger) => trigger.type === 'OrderRecorded',
);

export const recentInquiryRule = recentActivityRule(
  'recent-inquiry',
  (facts) => facts.customer.lastInquiryAt,
  (trigger) => trigger.type === 'FollowUpRecorded' && (trigger.data as { kind?: string }).kind === 'inquiry',
);

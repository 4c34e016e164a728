import type { RuleId } from '../rule-book/rule-catalog.js';
import { churnRiskClearRule } from './churn-risk-clear.rule.js';
import { churnRiskRule } from './churn-risk.rule.js';
import type { CustomerRule } from './customer-rule.js';
import { dealClosedRule } from './deal-closed.rule.js';
import { highValueRule } from './high-value.rule.js';
import { nextFollowUpRule } from './next-follow-up.rule.js';
import { pendingDealRule } from './pending-deal.rule.js';
import { complaintOpenRule } from './complaint-open.rule.js';
import { recentInquiryRule, recentOrderRule } from './recent-activity.rule.js';

/**
 * Every rule, in the order they react to one event: pending-deal before deal-closed, so a quote and
 * a signature recorded in sequence end untagged.
 */
export const CUSTOMER_RULES: Readonly<Record<RuleId, CustomerRule>> = {
  'pending-deal': pendingDealRule,
  'deal-closed': dealClosedRule,
  'next-follow-up': nextFollowUpRule,
  'churn-risk-clear': churnRiskClearRule,
  'high-value': highValueRule,
  'churn-risk': churnRiskRule,
  'recent-order': recentOrderRule,
  'recent-inquiry': recentInquiryRule,
  'complaint-open': complaintOpenRule,
};

/** The rules the scheduler evaluates as of an instant: clearing first, so a customer is never tagged and cleared in one run. */
export const SCHEDULED_RULES: readonly CustomerRule[] = [
  churnRiskClearRule,
  churnRiskRule,
  highValueRule,
  recentOrderRule,
  recentInquiryRule,
  complaintOpenRule,
];

import { canMoveStatus } from '#domain';
import { hasTag } from '../facts/customer-facts.js';
import type { CustomerRule, RuleEffect } from './customer-rule.js';
import { outcomesOf } from './follow-up-trigger.js';

const CONTRACT_SIGNED_REASON = 'contract signed';

/** A contract was signed: the customer is won and no longer has a pending deal. */
export const dealClosedRule: CustomerRule = {
  id: 'deal-closed',
  scheduled: false,
  concerns: (trigger) => outcomesOf(trigger).includes('contract_signed'),
  evaluate({ facts, book, trigger }) {
    if (!trigger || !dealClosedRule.concerns(trigger)) return [];
    const effects: RuleEffect[] = [];
    const { status } = facts.customer;
    // A churned customer must be won back through prospect/qualified first (SPEC §3): no move then.
    if (status !== 'won' && canMoveStatus(status, 'won'))
      effects.push({ kind: 'change-status', to: 'won', reason: CONTRACT_SIGNED_REASON, cause: trigger.eventId });
    const pendingTag = book['pending-deal'].tag;
    if (pendingTag !== undefined && hasTag(facts, pendingTag)) effects.push({ kind: 'untag', tag: pendingTag, cause: trigger.eventId });
    return effects;
  },
};

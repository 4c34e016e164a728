import { hasTag } from '../facts/customer-facts.js';
import type { CustomerRule } from './customer-rule.js';
import { outcomesOf } from './follow-up-trigger.js';

/** A quote was sent: the customer has a pending deal (unless the same follow-up already signed it). */
export const pendingDealRule: CustomerRule = {
  id: 'pending-deal',
  scheduled: false,
  concerns: (trigger) => outcomesOf(trigger).includes('quote_sent') && !outcomesOf(trigger).includes('contract_signed'),
  evaluate({ facts, book, trigger }) {
    const tag = book['pending-deal'].tag;
    if (!trigger || !pendingDealRule.concerns(trigger) || tag === undefined || hasTag(facts, tag)) return [];
    return [{ kind: 'tag', tag, cause: trigger.eventId }];
  },
};

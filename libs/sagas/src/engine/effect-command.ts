import type { CustomerCommand } from '#domain';
import type { RuleEffect } from '../rules/customer-rule.js';
import type { RuleId } from '../rule-book/rule-catalog.js';

/** The domain command that carries out one rule effect; every one records the rule. */
export function commandOf(ruleId: RuleId, effect: RuleEffect, now: Date, maxTags: number): CustomerCommand {
  switch (effect.kind) {
    case 'tag':
      return { type: 'TagCustomer', data: { tag: effect.tag, source: 'rule', ruleId, maxTags }, now };
    case 'untag':
      return { type: 'UntagCustomer', data: { tag: effect.tag, source: 'rule', ruleId }, now };
    case 'change-status':
      return { type: 'ChangeCustomerStatus', data: { to: effect.to, reason: effect.reason, ruleId }, now };
    case 'schedule-reminder':
      return { type: 'ScheduleReminder', data: { reminderId: effect.reminderId, dueAt: effect.dueAt, reason: effect.reason, ruleId }, now };
    case 'cancel-reminder':
      return { type: 'CancelReminder', data: { reminderId: effect.reminderId, reason: effect.reason, ruleId }, now };
  }
}

import type { CustomerStatus } from '#domain';
import type { CustomerFacts } from '../facts/customer-facts.js';
import type { RuleBook, RuleId } from '../rule-book/rule-catalog.js';

/** The customer event that set a rule off (absent when the scheduler evaluates a time-based rule). */
export interface RuleTrigger {
  eventId: string;
  type: string;
  data: Record<string, unknown>;
}

interface RuleInput {
  facts: CustomerFacts;
  book: RuleBook;
  /** The instant the rule is evaluated as of (business time). */
  at: Date;
  trigger?: RuleTrigger;
}

/**
 * One change a rule wants. `cause` names why (the causing event, or the fact a time-based rule saw):
 * the command's idempotency key derives from rule, cause and effect, so the same cause never acts twice.
 */
export type RuleEffect =
  | { kind: 'tag'; tag: string; cause: string }
  | { kind: 'untag'; tag: string; cause: string }
  | { kind: 'change-status'; to: CustomerStatus; reason: string; cause: string }
  | { kind: 'schedule-reminder'; reminderId: string; dueAt: Date; reason: string; cause: string }
  | { kind: 'cancel-reminder'; reminderId: string; reason: string; cause: string };

/**
 * A rule is a pure function from facts to the effects still missing. Evaluating it again after its
 * effects are applied yields nothing, which is what lets the engine re-run it safely.
 */
export interface CustomerRule {
  readonly id: RuleId;
  /** Evaluated by the scheduler as of an instant. */
  readonly scheduled: boolean;
  /** Whether this event concerns the rule at all (decided from the event alone, before any load). */
  concerns(trigger: RuleTrigger): boolean;
  evaluate(input: RuleInput): RuleEffect[];
}

export const effectName = (effect: RuleEffect): string => {
  switch (effect.kind) {
    case 'tag':
    case 'untag':
      return `${effect.kind}:${effect.tag}`;
    case 'change-status':
      return `${effect.kind}:${effect.to}`;
    case 'schedule-reminder':
    case 'cancel-reminder':
      return `${effect.kind}:${effect.reminderId}`;
  }
};

import { Command } from '@nestjs/cqrs';
import type { ReactionResult, RuleId, RuleTrigger } from '#sagas';

/** What every saga emits: apply one rule to one customer because of one feed event. */
export class ApplyRuleCommand extends Command<ReactionResult> {
  constructor(
    readonly ruleId: RuleId,
    readonly customerId: string,
    readonly trigger: RuleTrigger,
    /** Feed position of the causing event: the feeder's checkpoint waits for this reaction. */
    readonly causePosition: number,
    readonly correlationId: string,
  ) {
    super();
  }
}

import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ReactionLedger, ReactionRunner, type ReactionResult } from '#sagas';
import { CLOCK, type Clock } from '#shared';
import { ApplyRuleCommand } from './apply-rule.command.js';

@CommandHandler(ApplyRuleCommand)
export class ApplyRuleHandler implements ICommandHandler<ApplyRuleCommand> {
  constructor(
    private readonly runner: ReactionRunner,
    private readonly ledger: ReactionLedger,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Attaches its work to the causing event synchronously, before anything is awaited (see ReactionLedger). */
  execute({ ruleId, customerId, trigger, causePosition, correlationId }: ApplyRuleCommand): Promise<ReactionResult> {
    const work = this.runner.run({ ruleId, customerId, trigger, at: this.clock.now(), correlationId, causationId: trigger.eventId }, causePosition);
    this.ledger.attach(causePosition, work);
    return work;
  }
}

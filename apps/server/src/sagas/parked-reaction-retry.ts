import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { CommandPipeline, type CommandContext } from '#application';
import { CUSTOMER_STREAM_PREFIX, operationsDecider, type OperationCommand, type OperationEvent } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { isRuleId, ReactionRunner, rehydrate, SAGA_STATE, type ParkedReaction, type ParkedReactions, type RuleApplication } from '#sagas';
import { CLOCK, type Clock } from '#shared';

export interface RetryOutcome {
  id: string;
  status: 'applied' | 'parked';
  /** Events the retry appended: 0 when its effects were already in place. */
  appended: number;
  error?: string;
}

/**
 * An operator's retry of a parked saga reaction: recorded first in the `operations` stream (who, when), then the
 * reaction runs again as it first ran — same rule, customer, causing event and correlation — so its effects derive
 * the same idempotency keys and are applied once, however often it is retried. Applied, it leaves the parked list.
 */
@Injectable()
export class ParkedReactionRetry {
  private readonly operations: CommandPipeline<OperationCommand, OperationEvent, number>;

  constructor(
    @Inject(SAGA_STATE) private readonly parked: ParkedReactions,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly runner: ReactionRunner,
  ) {
    this.operations = new CommandPipeline(store, clock, operationsDecider);
  }

  async retry(id: string, context: CommandContext): Promise<RetryOutcome> {
    const reaction = await this.parked.find(id);
    if (!reaction || !isRuleId(reaction.ruleId)) throw new NotFoundException('No parked reaction with this id');
    const { ruleId, customerId, causationId } = reaction;
    await this.operations.execute(
      'operations',
      context,
      (now) => ({ type: 'RetryParkedReaction', data: { parkedId: id, ruleId, customerId, causationId }, now }),
      { retryOnConflict: true },
    );
    const application: RuleApplication = { ruleId, customerId, causationId, at: this.clock.now(), ...(await this.causeOf(reaction, context)) };
    const result = await this.runner.run(application, reaction.causePosition);
    if (result.status === 'parked') return { id, status: 'parked', appended: 0, error: result.error };
    await this.parked.release(id);
    return { id, status: 'applied', appended: result.appended };
  }

  /** The causing feed event's trigger and correlation; a scheduler run's reaction has no event (and so no trigger). */
  private async causeOf(reaction: ParkedReaction, context: CommandContext): Promise<Pick<RuleApplication, 'trigger' | 'correlationId'>> {
    if (reaction.causePosition === undefined) return { correlationId: context.correlationId };
    const [recorded] = await this.store.readAll({ after: reaction.causePosition - 1, streamPrefixes: [CUSTOMER_STREAM_PREFIX], limit: 1 });
    const event = recorded?.id === reaction.causationId ? rehydrate(recorded) : undefined;
    return event ? { trigger: event.trigger, correlationId: event.metadata.correlationId } : { correlationId: context.correlationId };
  }
}

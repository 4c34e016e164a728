import { Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { setTimeout as sleep } from 'node:timers/promises';
import { CustomerMergeService, type CommandContext } from '#application';
import { DomainError, type Actor } from '#domain';
import { ReactionLedger } from '#sagas';
import { CompleteMergeCommand } from './complete-merge.command.js';

const RELAY_ACTOR: Actor = { userId: 'system:merge-relay', role: 'admin' };
const ATTEMPTS = 5;

/**
 * Completes the survivor's side of a merge or unmerge from the checkpointed feed, so a crash between
 * the two appends converges without a retry by the user. Idempotent by mergeId: when the command
 * already completed it (the usual case), nothing is appended.
 */
@CommandHandler(CompleteMergeCommand)
export class CompleteMergeHandler implements ICommandHandler<CompleteMergeCommand> {
  private readonly logger = new Logger('MergeRelay');

  constructor(
    private readonly merges: CustomerMergeService,
    private readonly ledger: ReactionLedger,
  ) {}

  /** Attaches its work to the causing event synchronously, before anything is awaited (see ReactionLedger). */
  execute({ event }: CompleteMergeCommand): Promise<void> {
    const work = this.complete(event.type, event.customerId, event.data, {
      actor: RELAY_ACTOR,
      correlationId: event.metadata.correlationId,
      causationId: event.eventId,
    });
    this.ledger.attach(event.position, work);
    return work;
  }

  private async complete(type: string, customerId: string, data: Record<string, unknown>, context: CommandContext): Promise<void> {
    const { mergeId, from, reason } = data as { mergeId: string; from: string; reason: string };
    for (let attempt = 1; ; attempt++) {
      try {
        if (type === 'CustomerMergedInto') await this.merges.completeMerge(customerId, context, mergeId);
        else await this.merges.completeUnmerge(customerId, from, mergeId, reason, context);
        return;
      } catch (error) {
        // The domain's refusal will not change on a retry: report it and let the feed move on.
        if (error instanceof DomainError || attempt >= ATTEMPTS) {
          this.logger.error({ err: error, customerId, mergeId }, 'Could not complete the survivor side of a merge');
          return;
        }
        await sleep(50 * attempt);
      }
    }
  }
}

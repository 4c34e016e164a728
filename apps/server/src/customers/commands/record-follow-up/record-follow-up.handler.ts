import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { commandResultOf, CustomerCommandPipeline, deterministicUuid, type CommandResult } from '#application';
import { RecordFollowUpCommand } from './record-follow-up.command.js';

@CommandHandler(RecordFollowUpCommand)
export class RecordFollowUpHandler implements ICommandHandler<RecordFollowUpCommand> {
  constructor(private readonly pipeline: CustomerCommandPipeline) {}

  execute({ customerId, request, context }: RecordFollowUpCommand): Promise<CommandResult> {
    const followUpId = context.idempotencyKey ? deterministicUuid('follow-up', context.idempotencyKey) : randomUUID();
    const data = {
      followUpId,
      at: request.at ? new Date(request.at) : undefined,
      method: request.method,
      content: request.content,
      result: request.result,
      nextFollowUpAt: request.nextFollowUpAt ? new Date(request.nextFollowUpAt) : undefined,
      outcomes: request.outcomes,
      recordedBy: context.actor.userId,
      kind: request.kind,
      category: request.category,
      satisfaction: request.satisfaction,
    };
    // Follow-ups commute: a concurrent append only means "load again and append after it".
    return this.pipeline.execute(customerId, context, (now) => ({ type: 'RecordFollowUp', data, now }), { retryOnConflict: true }).then(commandResultOf);
  }
}

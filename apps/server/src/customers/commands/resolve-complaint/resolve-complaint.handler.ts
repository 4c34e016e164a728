import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { commandResultOf, CustomerCommandPipeline, type CommandResult } from '#application';
import { ResolveComplaintCommand } from './resolve-complaint.command.js';

@CommandHandler(ResolveComplaintCommand)
export class ResolveComplaintHandler implements ICommandHandler<ResolveComplaintCommand> {
  constructor(private readonly pipeline: CustomerCommandPipeline) {}

  execute({ customerId, followUpId, request, context }: ResolveComplaintCommand): Promise<CommandResult> {
    const data = { followUpId, resolution: request.resolution, at: request.at ? new Date(request.at) : undefined, resolvedBy: context.actor.userId };
    return this.pipeline.execute(customerId, context, (now) => ({ type: 'ResolveComplaint', data, now })).then(commandResultOf);
  }
}

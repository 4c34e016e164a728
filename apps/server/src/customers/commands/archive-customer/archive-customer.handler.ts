import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { commandResultOf, CustomerCommandPipeline, type CommandResult } from '#application';
import { ArchiveCustomerCommand } from './archive-customer.command.js';

@CommandHandler(ArchiveCustomerCommand)
export class ArchiveCustomerHandler implements ICommandHandler<ArchiveCustomerCommand> {
  constructor(private readonly pipeline: CustomerCommandPipeline) {}

  execute({ customerId, reason, context }: ArchiveCustomerCommand): Promise<CommandResult> {
    return this.pipeline.execute(customerId, context, (now) => ({ type: 'ArchiveCustomer', data: { reason }, now })).then(commandResultOf);
  }
}

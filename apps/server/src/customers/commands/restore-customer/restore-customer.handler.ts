import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { commandResultOf, CustomerCommandPipeline, type CommandResult } from '#application';
import { RestoreCustomerCommand } from './restore-customer.command.js';

@CommandHandler(RestoreCustomerCommand)
export class RestoreCustomerHandler implements ICommandHandler<RestoreCustomerCommand> {
  constructor(private readonly pipeline: CustomerCommandPipeline) {}

  execute({ customerId, reason, context }: RestoreCustomerCommand): Promise<CommandResult> {
    return this.pipeline.execute(customerId, context, (now) => ({ type: 'RestoreCustomer', data: { reason }, now })).then(commandResultOf);
  }
}

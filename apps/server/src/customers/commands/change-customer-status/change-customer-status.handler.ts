import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { commandResultOf, CustomerCommandPipeline, type CommandResult } from '#application';
import { ChangeCustomerStatusCommand } from './change-customer-status.command.js';

@CommandHandler(ChangeCustomerStatusCommand)
export class ChangeCustomerStatusHandler implements ICommandHandler<ChangeCustomerStatusCommand> {
  constructor(private readonly pipeline: CustomerCommandPipeline) {}

  execute({ customerId, request, context }: ChangeCustomerStatusCommand): Promise<CommandResult> {
    const data = { to: request.to, reason: request.reason };
    return this.pipeline.execute(customerId, context, (now) => ({ type: 'ChangeCustomerStatus', data, now })).then(commandResultOf);
  }
}

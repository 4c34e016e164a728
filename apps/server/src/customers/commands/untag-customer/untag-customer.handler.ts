import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { commandResultOf, CustomerCommandPipeline, type CommandResult } from '#application';
import { UntagCustomerCommand } from './untag-customer.command.js';

@CommandHandler(UntagCustomerCommand)
export class UntagCustomerHandler implements ICommandHandler<UntagCustomerCommand> {
  constructor(private readonly pipeline: CustomerCommandPipeline) {}

  execute({ customerId, request, context }: UntagCustomerCommand): Promise<CommandResult> {
    const data = { tag: request.tag, source: 'manual' as const };
    return this.pipeline.execute(customerId, context, (now) => ({ type: 'UntagCustomer', data, now })).then(commandResultOf);
  }
}

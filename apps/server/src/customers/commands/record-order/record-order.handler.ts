import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { commandResultOf, CustomerCommandPipeline, type CommandResult } from '#application';
import { RecordOrderCommand } from './record-order.command.js';

@CommandHandler(RecordOrderCommand)
export class RecordOrderHandler implements ICommandHandler<RecordOrderCommand> {
  constructor(private readonly pipeline: CustomerCommandPipeline) {}

  execute({ customerId, request, context }: RecordOrderCommand): Promise<CommandResult> {
    const data = {
      orderId: request.orderId,
      amount: request.amount,
      currency: request.currency ?? 'CNY',
      orderedAt: request.orderedAt ? new Date(request.orderedAt) : undefined,
    };
    // Orders commute (the decider drops a repeated orderId), so concurrent appends are retried.
    return this.pipeline.execute(customerId, context, (now) => ({ type: 'RecordOrder', data, now }), { retryOnConflict: true }).then(commandResultOf);
  }
}

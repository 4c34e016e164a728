import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { commandResultOf, CustomerCommandPipeline, type CommandResult } from '#application';
import { OwnerValidator } from '../../owner-validator.js';
import { ChangeCustomerOwnerCommand } from './change-customer-owner.command.js';

@CommandHandler(ChangeCustomerOwnerCommand)
export class ChangeCustomerOwnerHandler implements ICommandHandler<ChangeCustomerOwnerCommand> {
  constructor(
    private readonly pipeline: CustomerCommandPipeline,
    @Inject(OwnerValidator) private readonly owners: OwnerValidator,
  ) {}

  async execute({ customerId, request, context }: ChangeCustomerOwnerCommand): Promise<CommandResult> {
    await this.owners.assertMayGiveTo(context.actor, request.ownerId);
    const data = { ownerId: request.ownerId };
    return this.pipeline.execute(customerId, context, (now) => ({ type: 'ChangeCustomerOwner', data, now })).then(commandResultOf);
  }
}

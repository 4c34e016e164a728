import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CustomerCommandPipeline, type CommandResult } from '../../../../../../libs/application/src/index.js';
import type { CustomerProfile } from '../../../../../../libs/domain/src/index.js';
import { plain } from '../../dto/plain.js';
import { IndustryValidator } from '../../industry-validator.js';
import { UpdateCustomerProfileCommand } from './update-customer-profile.command.js';

@CommandHandler(UpdateCustomerProfileCommand)
export class UpdateCustomerProfileHandler implements ICommandHandler<UpdateCustomerProfileCommand> {
  constructor(
    private readonly pipeline: CustomerCommandPipeline,
    @Inject(IndustryValidator) private readonly industries: IndustryValidator,
  ) {}

  execute({ customerId, changes, expectedRevision, context }: UpdateCustomerProfileCommand): Promise<CommandResult> {
    this.industries.assertKnown(changes.industry);
    const data = { changes: plain(changes) as Partial<CustomerProfile> };
    return this.pipeline.execute(customerId, context, (now) => ({ type: 'UpdateCustomerProfile', data, now }), { expectedRevision });
  }
}

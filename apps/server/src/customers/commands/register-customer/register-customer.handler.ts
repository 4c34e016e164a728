import { ForbiddenException, Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RegisterCustomerService, type CommandResult } from '#application';
import { OwnerValidator } from '../../owner-validator.js';
import { IndustryValidator } from '../../industry-validator.js';
import { plain } from '../../dto/plain.js';
import { RegisterCustomerCommand } from './register-customer.command.js';

@CommandHandler(RegisterCustomerCommand)
export class RegisterCustomerHandler implements ICommandHandler<RegisterCustomerCommand> {
  constructor(
    private readonly registration: RegisterCustomerService,
    @Inject(OwnerValidator) private readonly owners: OwnerValidator,
    @Inject(IndustryValidator) private readonly industries: IndustryValidator,
  ) {}

  async execute({ request, context }: RegisterCustomerCommand): Promise<CommandResult> {
    const { actor } = context;
    if (request.ownerId !== undefined && request.ownerId !== actor.userId) {
      if (actor.role === 'sales') throw new ForbiddenException('Sales reps register customers for themselves');
      await this.owners.assertAssignable(request.ownerId);
    }
    this.industries.assertKnown(request.industry);
    return this.registration.register(plain(request), context);
  }
}

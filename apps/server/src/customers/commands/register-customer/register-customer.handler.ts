import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RegisterCustomerService, type CommandResult } from '#application';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { OwnerValidator } from '../../owner-validator.js';
import { plain } from '../../dto/plain.js';
import { RegisterCustomerCommand } from './register-customer.command.js';

@CommandHandler(RegisterCustomerCommand)
export class RegisterCustomerHandler implements ICommandHandler<RegisterCustomerCommand> {
  constructor(
    private readonly registration: RegisterCustomerService,
    @Inject(OwnerValidator) private readonly owners: OwnerValidator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ request, context }: RegisterCustomerCommand): Promise<CommandResult> {
    await this.owners.assertMayRegisterFor(context.actor, request.ownerId);
    return this.registration.register(plain(request), context, { industries: this.config.industries });
  }
}

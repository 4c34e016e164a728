import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '#application';
import type { RegisterCustomerDto } from './register-customer.dto.js';

export class RegisterCustomerCommand extends Command<CommandResult> {
  constructor(
    readonly request: RegisterCustomerDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

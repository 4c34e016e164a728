import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../../../../../libs/application/src/index.js';
import type { RegisterCustomerDto } from './register-customer.dto.js';

export class RegisterCustomerCommand extends Command<CommandResult> {
  constructor(
    readonly request: RegisterCustomerDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

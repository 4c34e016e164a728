import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '#application';
import type { ChangeCustomerOwnerDto } from './change-customer-owner.dto.js';

export class ChangeCustomerOwnerCommand extends Command<CommandResult> {
  constructor(
    readonly customerId: string,
    readonly request: ChangeCustomerOwnerDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

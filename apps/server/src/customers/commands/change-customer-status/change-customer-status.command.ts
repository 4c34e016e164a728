import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '#application';
import type { ChangeCustomerStatusDto } from './change-customer-status.dto.js';

export class ChangeCustomerStatusCommand extends Command<CommandResult> {
  constructor(
    readonly customerId: string,
    readonly request: ChangeCustomerStatusDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

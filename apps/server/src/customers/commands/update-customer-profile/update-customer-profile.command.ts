import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '#application';
import type { UpdateCustomerProfileDto } from './update-customer-profile.dto.js';

export class UpdateCustomerProfileCommand extends Command<CommandResult> {
  constructor(
    readonly customerId: string,
    readonly changes: UpdateCustomerProfileDto,
    readonly expectedRevision: number | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}

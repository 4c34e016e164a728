import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '#application';
import type { TagCustomerDto } from './tag-customer.dto.js';

export class TagCustomerCommand extends Command<CommandResult> {
  constructor(
    readonly customerId: string,
    readonly request: TagCustomerDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '#application';

export class ArchiveCustomerCommand extends Command<CommandResult> {
  constructor(
    readonly customerId: string,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

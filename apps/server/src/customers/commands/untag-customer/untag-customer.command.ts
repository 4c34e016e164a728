import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '#application';

export class UntagCustomerCommand extends Command<CommandResult> {
  constructor(
    readonly customerId: string,
    readonly request: { tag: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../../../../../libs/application/src/index.js';


export class UntagCustomerCommand extends Command<CommandResult> {
  constructor(
    readonly customerId: string,
    readonly request: { tag: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}

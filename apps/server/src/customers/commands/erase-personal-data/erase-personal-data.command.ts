import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../../../../../libs/application/src/index.js';

export class ErasePersonalDataCommand extends Command<CommandResult> {
  constructor(
    readonly customerId: string,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

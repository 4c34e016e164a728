import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../../../../libs/application/src/index.js';

export class CompleteReminderCommand extends Command<CommandResult> {
  constructor(
    readonly reminderId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

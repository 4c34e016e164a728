import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '#application';

export class CompleteReminderCommand extends Command<CommandResult> {
  constructor(
    readonly reminderId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

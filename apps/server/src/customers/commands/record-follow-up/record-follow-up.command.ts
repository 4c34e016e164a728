import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '#application';
import type { RecordFollowUpDto } from './record-follow-up.dto.js';

export class RecordFollowUpCommand extends Command<CommandResult> {
  constructor(
    readonly customerId: string,
    readonly request: RecordFollowUpDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

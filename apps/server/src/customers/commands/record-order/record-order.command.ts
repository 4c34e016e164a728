import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '#application';
import type { RecordOrderDto } from './record-order.dto.js';

export class RecordOrderCommand extends Command<CommandResult> {
  constructor(
    readonly customerId: string,
    readonly request: RecordOrderDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

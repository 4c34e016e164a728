import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '#application';
import type { ResolveComplaintDto } from './resolve-complaint.dto.js';

export class ResolveComplaintCommand extends Command<CommandResult> {
  constructor(
    readonly customerId: string,
    readonly followUpId: string,
    readonly request: ResolveComplaintDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '#application';
import type { ImportReport } from './customer-importer.js';

export class ImportCustomersCommand extends Command<ImportReport> {
  constructor(
    readonly rows: unknown[],
    readonly context: CommandContext,
  ) {
    super();
  }
}

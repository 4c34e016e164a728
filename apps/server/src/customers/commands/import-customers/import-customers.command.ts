import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '#application';
import type { FieldError } from '../../../http/problem.js';

export interface ImportReport {
  created: { row: number; id: string }[];
  rejected: { row: number; errors: FieldError[] }[];
}

export class ImportCustomersCommand extends Command<ImportReport> {
  constructor(
    readonly rows: unknown[],
    readonly context: CommandContext,
  ) {
    super();
  }
}

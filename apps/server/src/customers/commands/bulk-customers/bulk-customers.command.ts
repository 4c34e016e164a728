import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '#application';
import type { BulkCustomersDto } from './bulk-customers.dto.js';
import type { BulkReportDto } from './bulk-report.dto.js';

export class BulkCustomersCommand extends Command<BulkReportDto> {
  constructor(
    readonly request: BulkCustomersDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

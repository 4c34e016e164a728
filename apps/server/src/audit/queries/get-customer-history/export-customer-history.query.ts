import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';
import type { ExportFormat } from '#audit';

/** The whole history as a signed file. */
export class ExportCustomerHistoryQuery extends Query<string> {
  constructor(
    readonly customerId: string,
    readonly actor: Actor,
    readonly format: ExportFormat,
  ) {
    super();
  }
}

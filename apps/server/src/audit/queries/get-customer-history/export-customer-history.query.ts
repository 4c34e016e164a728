import { Query } from '@nestjs/cqrs';
import type { Actor } from '../../../../../../libs/application/src/index.js';
import type { ExportFormat } from '../../../../../../libs/audit/src/index.js';

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

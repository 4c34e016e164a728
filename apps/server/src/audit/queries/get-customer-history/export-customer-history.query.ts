import { Query } from '@nestjs/cqrs';
import type { Actor, LabelLocale } from '#domain';
import type { ExportFormat } from '#audit';

/** The whole history as a file: CSV and JSON signed, XLSX (headers in `locale`) for reading. */
export class ExportCustomerHistoryQuery extends Query<string | Buffer> {
  constructor(
    readonly customerId: string,
    readonly actor: Actor,
    readonly format: ExportFormat | 'xlsx',
    readonly locale: LabelLocale = 'en',
  ) {
    super();
  }
}

import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';
import type { HistoryPage } from '#audit';

export class GetCustomerHistoryQuery extends Query<HistoryPage> {
  constructor(
    readonly customerId: string,
    readonly actor: Actor,
    readonly fromRevision?: number,
    readonly limit?: number,
  ) {
    super();
  }
}

import { Query } from '@nestjs/cqrs';
import type { Actor } from '../../../../../../libs/application/src/index.js';
import type { HistoryPage } from '../../../../../../libs/audit/src/index.js';

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

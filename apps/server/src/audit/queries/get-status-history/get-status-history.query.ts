import { Query } from '@nestjs/cqrs';
import type { StatusChange } from '../../../../../../libs/audit/src/index.js';

export class GetStatusHistoryQuery extends Query<StatusChange[]> {
  constructor(readonly customerId: string) {
    super();
  }
}

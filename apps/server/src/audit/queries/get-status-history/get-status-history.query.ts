import { Query } from '@nestjs/cqrs';
import type { StatusChange } from '#audit';

export class GetStatusHistoryQuery extends Query<StatusChange[]> {
  constructor(readonly customerId: string) {
    super();
  }
}

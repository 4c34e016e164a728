import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CustomerAuditTrail, type StatusChange } from '#audit';
import { GetStatusHistoryQuery } from './get-status-history.query.js';

@QueryHandler(GetStatusHistoryQuery)
export class GetStatusHistoryHandler implements IQueryHandler<GetStatusHistoryQuery> {
  constructor(private readonly trail: CustomerAuditTrail) {}

  execute({ customerId }: GetStatusHistoryQuery): Promise<StatusChange[]> {
    return this.trail.statusHistory(customerId);
  }
}

import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CustomerAuditTrail, type HistoryPage } from '#audit';
import { redactHistoryItem } from '../../personal-data-redaction.js';
import { GetCustomerHistoryQuery } from './get-customer-history.query.js';

@QueryHandler(GetCustomerHistoryQuery)
export class GetCustomerHistoryHandler implements IQueryHandler<GetCustomerHistoryQuery> {
  constructor(private readonly trail: CustomerAuditTrail) {}

  async execute({ customerId, actor, fromRevision, limit }: GetCustomerHistoryQuery): Promise<HistoryPage> {
    const page = await this.trail.history(customerId, fromRevision, limit);
    return { ...page, items: page.items.map((item) => redactHistoryItem(item, actor)) };
  }
}

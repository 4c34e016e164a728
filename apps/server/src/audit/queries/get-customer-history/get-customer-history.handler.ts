import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import { CustomerAuditTrail, type HistoryPage } from '#audit';
import { redactHistoryItem } from '../../personal-data-redaction.js';
import { GetCustomerHistoryQuery } from './get-customer-history.query.js';

@QueryHandler(GetCustomerHistoryQuery)
export class GetCustomerHistoryHandler implements IQueryHandler<GetCustomerHistoryQuery> {
  constructor(
    private readonly trail: CustomerAuditTrail,
    private readonly access: AccessPolicy,
  ) {}

  async execute({ customerId, actor, fromRevision, limit }: GetCustomerHistoryQuery): Promise<HistoryPage> {
    const page = await this.trail.history(customerId, fromRevision, limit);
    const view = this.access.personalData(actor);
    return { ...page, items: page.items.map((item) => redactHistoryItem(item, view)) };
  }
}

import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy, contactAsSeen } from '#application';
import { CustomerAuditTrail } from '#audit';
import type { CustomerAsOfView } from './customer-as-of-view.js';
import { GetCustomerAsOfQuery } from './get-customer-as-of.query.js';

@QueryHandler(GetCustomerAsOfQuery)
export class GetCustomerAsOfHandler implements IQueryHandler<GetCustomerAsOfQuery> {
  constructor(
    private readonly trail: CustomerAuditTrail,
    private readonly access: AccessPolicy,
  ) {}

  async execute({ customerId, point, actor }: GetCustomerAsOfQuery): Promise<CustomerAsOfView> {
    const { customer, revision, position, recordedAt } = await this.trail.asOf(customerId, point);
    const { kind: _kind, sensitive, contact, ...rest } = customer;
    const view = this.access.personalData(actor, customer);
    return {
      id: customerId,
      ...rest,
      contact: contactAsSeen(contact, view),
      ...(view.sensitive && sensitive ? { sensitive } : {}),
      revision,
      position,
      recordedAt,
      asOf: 'at' in point ? { at: point.at.toISOString() } : { revision: point.revision },
    };
  }
}

import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CustomerAuditTrail } from '#audit';
import { maskContact } from '../../../customers/masking.js';
import { seesPersonalData } from '../../personal-data-redaction.js';
import type { CustomerAsOfView } from './customer-as-of-view.js';
import { GetCustomerAsOfQuery } from './get-customer-as-of.query.js';

@QueryHandler(GetCustomerAsOfQuery)
export class GetCustomerAsOfHandler implements IQueryHandler<GetCustomerAsOfQuery> {
  constructor(private readonly trail: CustomerAuditTrail) {}

  async execute({ customerId, point, actor }: GetCustomerAsOfQuery): Promise<CustomerAsOfView> {
    const { customer, revision, position, recordedAt } = await this.trail.asOf(customerId, point);
    const { kind: _kind, sensitive, contact, ...rest } = customer;
    const personal = seesPersonalData(actor);
    return {
      id: customerId,
      ...rest,
      contact: personal ? contact : maskContact(contact),
      ...(personal && sensitive ? { sensitive } : {}),
      revision,
      position,
      recordedAt,
      asOf: 'at' in point ? { at: point.at.toISOString() } : { revision: point.revision },
    };
  }
}

import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';
import type { CustomerDetail } from '../customer-read-view.js';

export class GetCustomerProfileQuery extends Query<CustomerDetail> {
  constructor(
    readonly customerId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}

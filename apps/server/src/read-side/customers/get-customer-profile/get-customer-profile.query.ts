import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';
import type { CustomerProfileView } from '../customer-read-view.js';

export class GetCustomerProfileQuery extends Query<CustomerProfileView> {
  constructor(
    readonly customerId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}

import { Query } from '@nestjs/cqrs';
import type { Actor } from '../../../../../../libs/application/src/index.js';
import type { CustomerView } from './customer-view.js';

export class GetCustomerQuery extends Query<CustomerView> {
  constructor(
    readonly customerId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}

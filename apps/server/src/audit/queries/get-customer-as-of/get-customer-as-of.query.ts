import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';
import type { AsOfPoint } from '#audit';
import type { CustomerAsOfView } from './customer-as-of-view.js';

export class GetCustomerAsOfQuery extends Query<CustomerAsOfView> {
  constructor(
    readonly customerId: string,
    readonly point: AsOfPoint,
    readonly actor: Actor,
  ) {
    super();
  }
}

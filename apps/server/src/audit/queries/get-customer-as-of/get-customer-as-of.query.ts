import { Query } from '@nestjs/cqrs';
import type { Actor } from '../../../../../../libs/application/src/index.js';
import type { AsOfPoint } from '../../../../../../libs/audit/src/index.js';
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

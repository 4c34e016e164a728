import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';
import type { CustomerListItem } from '../customer-read-view.js';
import type { ListCustomersDto } from './list-customers.dto.js';

export interface CustomerPage {
  items: CustomerListItem[];
  nextCursor: string | null;
}

export class ListCustomersQuery extends Query<CustomerPage> {
  constructor(
    readonly filters: ListCustomersDto,
    readonly actor: Actor,
  ) {
    super();
  }
}

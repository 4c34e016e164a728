import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import { CUSTOMER_PROFILES, FOLLOW_UPS, RETIRED_CUSTOMER_PROFILES, type CustomerProfileDocument, type FollowUpDocument } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { ListFollowUpsQuery } from './list-follow-ups.query.js';

const MAX_FOLLOW_UPS = 1000;

/** Newest first; the access policy decides (a customer you may not see is a 404). */
@QueryHandler(ListFollowUpsQuery)
export class ListFollowUpsHandler implements IQueryHandler<ListFollowUpsQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    private readonly access: AccessPolicy,
  ) {}

  async execute({ customerId, actor }: ListFollowUpsQuery): Promise<{ items: FollowUpDocument[] }> {
    const profile =
      (await this.store.get<CustomerProfileDocument>(CUSTOMER_PROFILES, customerId)) ??
      (await this.store.get<CustomerProfileDocument>(RETIRED_CUSTOMER_PROFILES, customerId));
    await this.access.assertCanSee(actor, profile?.document);
    const page = await this.store.list<FollowUpDocument>(FOLLOW_UPS, {
      filter: { equals: { customerId } },
      sort: { field: 'at', direction: 'desc' },
      limit: MAX_FOLLOW_UPS,
    });
    return { items: page.items };
  }
}

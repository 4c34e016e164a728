import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import { CUSTOMER_PROFILES } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { ownersFilter } from '../scope/customers-in-scope.js';
import { TagUsageQuery } from './tag-usage.query.js';

/** Current usage per tag among the customers the caller sees, for the quarterly tag review. */
@QueryHandler(TagUsageQuery)
export class TagUsageHandler implements IQueryHandler<TagUsageQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    private readonly access: AccessPolicy,
  ) {}

  async execute({ actor }: TagUsageQuery): Promise<{ items: { tag: string; customers: number }[] }> {
    const rows = await this.store.countBy(CUSTOMER_PROFILES, 'tags', ownersFilter(await this.access.ownerFilter(actor)));
    return { items: rows.map((row) => ({ tag: String(row.value), customers: row.count })) };
  }
}

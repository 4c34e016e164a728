import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CUSTOMER_PROFILES } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { TagUsageQuery } from './tag-usage.query.js';

/** Current usage per tag, for the quarterly tag review. */
@QueryHandler(TagUsageQuery)
export class TagUsageHandler implements IQueryHandler<TagUsageQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(): Promise<{ items: { tag: string; customers: number }[] }> {
    const rows = await this.store.countBy(CUSTOMER_PROFILES, 'tags');
    return { items: rows.map((row) => ({ tag: String(row.value), customers: row.count })) };
  }
}

import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy, TagLibrary } from '#application';
import { CUSTOMER_PROFILES } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { ownersFilter } from '../scope/customers-in-scope.js';
import { TagUsageQuery, type TagUsage } from './tag-usage.query.js';

/** Current usage per tag among the customers the caller sees, with the library's category, for the quarterly tag review. */
@QueryHandler(TagUsageQuery)
export class TagUsageHandler implements IQueryHandler<TagUsageQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    private readonly access: AccessPolicy,
    private readonly library: TagLibrary,
  ) {}

  async execute({ actor }: TagUsageQuery): Promise<TagUsage> {
    const rows = await this.store.countBy(CUSTOMER_PROFILES, 'tags', ownersFilter(await this.access.ownerFilter(actor)));
    const categories = await this.library.categoriesOf(rows.map((row) => String(row.value)));
    const items = rows.map((row) => ({ tag: String(row.value), category: categories.get(String(row.value)) as string, customers: row.count }));
    const byCategory = new Map<string, { tags: number; customers: number }>();
    for (const item of items) {
      const entry = byCategory.get(item.category) ?? { tags: 0, customers: 0 };
      byCategory.set(item.category, { tags: entry.tags + 1, customers: entry.customers + item.customers });
    }
    return { items, byCategory: [...byCategory].map(([category, figures]) => ({ category, ...figures })).sort((a, b) => b.customers - a.customers) };
  }
}

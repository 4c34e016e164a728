import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CUSTOMER_PROFILES } from '../../../../../../libs/projections/src/index.js';
import { READ_STORE, type ReadStore } from '../../../../../../libs/read-store/src/index.js';

export interface IndustryShare {
  industry: string;
  customers: number;
  won: number;
  share: number;
}

export class IndustryDistributionQuery extends Query<{ total: number; items: IndustryShare[] }> {}

@QueryHandler(IndustryDistributionQuery)
export class IndustryDistributionHandler implements IQueryHandler<IndustryDistributionQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(): Promise<{ total: number; items: IndustryShare[] }> {
    const [all, won] = await Promise.all([
      this.store.countBy(CUSTOMER_PROFILES, 'industry'),
      this.store.countBy(CUSTOMER_PROFILES, 'industry', { equals: { status: 'won' } }),
    ]);
    const total = all.reduce((sum, row) => sum + row.count, 0);
    const wonBy = new Map(won.map((row) => [row.value, row.count]));
    return {
      total,
      items: all.map((row) => ({
        industry: String(row.value),
        customers: row.count,
        won: wonBy.get(row.value) ?? 0,
        share: Math.round((row.count / total) * 10_000) / 10_000,
      })),
    };
  }
}

export class TagUsageQuery extends Query<{ items: { tag: string; customers: number }[] }> {}

/** Current usage per tag, for the quarterly tag review. */
@QueryHandler(TagUsageQuery)
export class TagUsageHandler implements IQueryHandler<TagUsageQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(): Promise<{ items: { tag: string; customers: number }[] }> {
    const rows = await this.store.countBy(CUSTOMER_PROFILES, 'tags');
    return { items: rows.map((row) => ({ tag: String(row.value), customers: row.count })) };
  }
}

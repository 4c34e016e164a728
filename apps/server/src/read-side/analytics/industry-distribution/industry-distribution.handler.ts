import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import { CUSTOMER_PROFILES } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { ownersFilter } from '../scope/customers-in-scope.js';
import { IndustryDistributionQuery, type IndustryShare } from './industry-distribution.query.js';

@QueryHandler(IndustryDistributionQuery)
export class IndustryDistributionHandler implements IQueryHandler<IndustryDistributionQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    private readonly access: AccessPolicy,
  ) {}

  async execute({ actor }: IndustryDistributionQuery): Promise<{ total: number; items: IndustryShare[] }> {
    const scope = ownersFilter(await this.access.ownerFilter(actor));
    const [all, won] = await Promise.all([
      this.store.countBy(CUSTOMER_PROFILES, 'industry', scope),
      this.store.countBy(CUSTOMER_PROFILES, 'industry', { equals: { ...scope.equals, status: 'won' } }),
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

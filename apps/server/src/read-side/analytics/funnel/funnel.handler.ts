import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { FUNNEL_COHORTS, funnelReport, type FunnelCohortDocument } from '#projections';
import { READ_STORE, type KeysetPosition, type ReadStore } from '#read-store';
import { FunnelQuery, type FunnelAnswer } from './funnel.query.js';

@QueryHandler(FunnelQuery)
export class FunnelHandler implements IQueryHandler<FunnelQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute({ from, to, groupBy }: FunnelQuery): Promise<FunnelAnswer> {
    const days = { ...(from ? { from: from.slice(0, 10) } : {}), ...(to ? { to: to.slice(0, 10) } : {}) };
    // Months that hold any day of [from, to): to's month too, unless `to` is its first day.
    const month = {
      ...(days.from ? { gte: days.from.slice(0, 7) } : {}),
      ...(days.to ? { lt: days.to.endsWith('-01') ? days.to.slice(0, 7) : `${days.to.slice(0, 7)}-` } : {}),
    };
    const cohorts: FunnelCohortDocument[] = [];
    let after: KeysetPosition | undefined;
    do {
      const page = await this.store.list<FunnelCohortDocument>(FUNNEL_COHORTS, {
        filter: { equals: { dimension: groupBy ?? 'all' }, range: { month } },
        sort: { field: 'month', direction: 'asc' },
        after,
        limit: 5000,
      });
      cohorts.push(...page.items);
      after = page.next;
    } while (after);
    return { from: from ?? null, to: to ?? null, groupBy: groupBy ?? null, groups: funnelReport(cohorts, days) };
  }
}

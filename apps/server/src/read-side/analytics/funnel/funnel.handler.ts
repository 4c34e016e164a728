import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import { funnelReport } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { funnelCounts } from './funnel-summary-reader.js';
import { FunnelQuery, type FunnelAnswer } from './funnel.query.js';
import { instantRangeOf } from './instant-range.js';

/** The cohort of the customers registered in exactly [from, to), among those the caller sees (a manager: the team's, by their owner now). */
@QueryHandler(FunnelQuery)
export class FunnelHandler implements IQueryHandler<FunnelQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    private readonly access: AccessPolicy,
  ) {}

  async execute({ actor, from, to, groupBy }: FunnelQuery): Promise<FunnelAnswer> {
    const owners = await this.access.ownerFilter(actor);
    const counts = await funnelCounts(this.store, instantRangeOf(from, to), groupBy ?? 'all', owners ?? undefined);
    return { from: from ?? null, to: to ?? null, groupBy: groupBy ?? null, groups: funnelReport(counts) };
  }
}

import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import { cohortsOfMembers, FUNNEL_COHORTS, FUNNEL_MEMBERS, funnelReport, type FunnelCohortDocument, type FunnelMemberDocument } from '#projections';
import { READ_STORE, type KeysetPosition, type ReadStore } from '#read-store';
import { profilesOf } from '../scope/customers-in-scope.js';
import { FunnelQuery, type FunnelAnswer } from './funnel.query.js';

@QueryHandler(FunnelQuery)
export class FunnelHandler implements IQueryHandler<FunnelQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    private readonly access: AccessPolicy,
  ) {}

  async execute({ actor, from, to, groupBy }: FunnelQuery): Promise<FunnelAnswer> {
    const days = { ...(from ? { from: from.slice(0, 10) } : {}), ...(to ? { to: to.slice(0, 10) } : {}) };
    const owners = await this.access.ownerFilter(actor);
    const cohorts = owners ? await this.cohortsOf(owners, groupBy ?? 'all') : await this.allCohorts(days, groupBy ?? 'all');
    return { from: from ?? null, to: to ?? null, groupBy: groupBy ?? null, groups: funnelReport(cohorts, days) };
  }

  private async allCohorts(days: { from?: string; to?: string }, dimension: string): Promise<FunnelCohortDocument[]> {
    // Months that hold any day of [from, to): to's month too, unless `to` is its first day.
    const month = {
      ...(days.from ? { gte: days.from.slice(0, 7) } : {}),
      ...(days.to ? { lt: days.to.endsWith('-01') ? days.to.slice(0, 7) : `${days.to.slice(0, 7)}-` } : {}),
    };
    const cohorts: FunnelCohortDocument[] = [];
    let after: KeysetPosition | undefined;
    do {
      const page = await this.store.list<FunnelCohortDocument>(FUNNEL_COHORTS, {
        filter: { equals: { dimension }, range: { month } },
        sort: { field: 'month', direction: 'asc' },
        after,
        limit: 5000,
      });
      cohorts.push(...page.items);
      after = page.next;
    } while (after);
    return cohorts;
  }

  /** The funnel of the customers the caller sees now (a manager's team), counted as the projection counts. */
  private async cohortsOf(owners: readonly string[], dimension: FunnelCohortDocument['dimension']): Promise<FunnelCohortDocument[]> {
    const members: FunnelMemberDocument[] = [];
    for await (const profiles of profilesOf(this.store, owners)) {
      const found = await Promise.all(profiles.map((profile) => this.store.get<FunnelMemberDocument>(FUNNEL_MEMBERS, profile.id)));
      members.push(...found.flatMap((member) => (member ? [member.document] : [])));
    }
    return cohortsOfMembers(members, dimension);
  }
}

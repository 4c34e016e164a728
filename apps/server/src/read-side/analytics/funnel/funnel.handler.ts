import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import { cohortsOfMembers, FUNNEL_COHORTS, FUNNEL_MEMBERS, funnelReport, type FunnelCohortDocument, type FunnelMemberDocument } from '#projections';
import { READ_STORE, type KeysetPosition, type ReadStore } from '#read-store';
import { profilesOf } from '../scope/customers-in-scope.js';
import { FunnelQuery, type FunnelAnswer } from './funnel.query.js';
import { inRange, instantRangeOf, keepDays, splitByDays, type InstantRange } from './instant-range.js';

/**
 * The cohort of the customers registered in exactly [from, to): whole UTC days from the day cohorts,
 * a part day at either end from the members registered that day (at most two days of members).
 */
@QueryHandler(FunnelQuery)
export class FunnelHandler implements IQueryHandler<FunnelQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    private readonly access: AccessPolicy,
  ) {}

  async execute({ actor, from, to, groupBy }: FunnelQuery): Promise<FunnelAnswer> {
    const range = instantRangeOf(from, to);
    const dimension = groupBy ?? 'all';
    const owners = await this.access.ownerFilter(actor);
    const cohorts = owners ? await this.cohortsOf(owners, dimension, range) : await this.allCohorts(range, dimension);
    return { from: from ?? null, to: to ?? null, groupBy: groupBy ?? null, groups: funnelReport(cohorts) };
  }

  private async allCohorts(range: InstantRange, dimension: FunnelCohortDocument['dimension']): Promise<FunnelCohortDocument[]> {
    const { wholeDays, edgeDays } = splitByDays(range);
    const edges: FunnelMemberDocument[] = [];
    for (const day of edgeDays) edges.push(...(await this.membersOf(day)).filter((member) => inRange(range, member.registeredAt)));
    const whole = wholeDays ? keepDays(await this.monthCohorts(wholeDays, dimension), wholeDays) : [];
    return [...whole, ...cohortsOfMembers(edges, dimension)];
  }

  private async monthCohorts(days: { from?: string; to?: string }, dimension: string): Promise<FunnelCohortDocument[]> {
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

  private async membersOf(day: string): Promise<FunnelMemberDocument[]> {
    const members: FunnelMemberDocument[] = [];
    let after: KeysetPosition | undefined;
    do {
      const page = await this.store.list<FunnelMemberDocument>(FUNNEL_MEMBERS, {
        filter: { equals: { day } },
        sort: { field: 'day', direction: 'asc' },
        after,
        limit: 5000,
      });
      members.push(...page.items);
      after = page.next;
    } while (after);
    return members;
  }

  /** The funnel of the customers the caller sees now (a manager's team), counted as the projection counts. */
  private async cohortsOf(owners: readonly string[], dimension: FunnelCohortDocument['dimension'], range: InstantRange): Promise<FunnelCohortDocument[]> {
    const members: FunnelMemberDocument[] = [];
    for await (const profiles of profilesOf(this.store, owners)) {
      const found = await Promise.all(profiles.map((profile) => this.store.get<FunnelMemberDocument>(FUNNEL_MEMBERS, profile.id)));
      members.push(...found.flatMap((member) => (member && inRange(range, member.document.registeredAt) ? [member.document] : [])));
    }
    return cohortsOfMembers(members, dimension);
  }
}

import { DAY_MS } from '#domain';
import type { RecordedEvent } from '#event-store';
import { customerEventOf, occurredAtOf } from '../customer-event.js';
import {
  FUNNEL_STAGES,
  STAGE_INTERVALS,
  type FunnelCohortDocument,
  type FunnelDayCounts,
  type FunnelDimension,
  type FunnelMemberDocument,
  type StageInterval,
} from './funnel.documents.js';

/** The member after one event; the same object when the event does not concern the funnel. */
export function evolveFunnelMember(current: FunnelMemberDocument | undefined, recorded: RecordedEvent): FunnelMemberDocument | undefined {
  const event = customerEventOf(recorded);
  if (event?.type === 'CustomerRegistered') {
    const { customerId, registeredAt, ownerId, industry, region, source, status } = event.data;
    const member: FunnelMemberDocument = {
      id: customerId,
      day: registeredAt.slice(0, 10),
      registeredAt,
      groups: { owner: ownerId, industry, region, source },
      status,
    };
    return reach(member, status, registeredAt);
  }
  if (current === undefined || event === undefined) return current;
  if (event.type === 'CustomerMergedInto' || event.type === 'CustomerArchived') return { ...current, retired: true };
  if (event.type === 'CustomerUnmerged' || event.type === 'CustomerRestored') {
    const { retired: _retired, ...member } = current;
    return member;
  }
  if (event.type !== 'CustomerStatusChanged') return current;
  return reach({ ...current, status: event.data.to }, event.data.to, occurredAtOf(recorded));
}

function reach(member: FunnelMemberDocument, status: FunnelMemberDocument['status'], at: string): FunnelMemberDocument {
  const next = { ...member };
  if ((status === 'qualified' || status === 'won') && next.qualifiedAt === undefined) next.qualifiedAt = at;
  if (status === 'won' && next.wonAt === undefined) next.wonAt = at;
  if (status === 'churned' && next.churnedAt === undefined) next.churnedAt = at;
  return next;
}

export function emptyCohort(dimension: FunnelDimension, value: string, month: string): FunnelCohortDocument {
  return { id: cohortId(dimension, value, month), dimension, value, month, byDay: Array.from({ length: 31 }, () => null) };
}

const emptyDay = (): FunnelDayCounts => ({
  registered: 0,
  reached: { prospect: 0, qualified: 0, won: 0, churned: 0 },
  current: { prospect: 0, qualified: 0, won: 0, churned: 0 },
  days: { prospectToQualified: {}, qualifiedToWon: {}, prospectToWon: {} },
});

export const cohortId = (dimension: FunnelDimension, value: string, month: string): string => `${dimension}|${value}|${month}`;

export const monthOf = (member: FunnelMemberDocument): string => member.day.slice(0, 7);

export const groupValueOf = (member: FunnelMemberDocument, dimension: FunnelDimension): string => (dimension === 'all' ? 'all' : member.groups[dimension]);

/**
 * Replaces a member's old contribution to its month cohort by its new one (either may be absent;
 * both are of the same registration day). Only what changes is copied: the rest is shared.
 */
export function recount(cohort: FunnelCohortDocument, was: FunnelMemberDocument | undefined, is: FunnelMemberDocument | undefined): FunnelCohortDocument {
  // A retired member (merged, archived) contributes nothing.
  const before = was?.retired ? undefined : was;
  const after = is?.retired ? undefined : is;
  const member = after ?? before;
  if (member === undefined) return cohort;
  const day = Number(member.day.slice(8, 10)) - 1;
  const current = cohort.byDay[day] ?? emptyDay();
  const next: FunnelDayCounts = { registered: current.registered, reached: { ...current.reached }, current: { ...current.current }, days: { ...current.days } };
  if (before) count(next, before, -1);
  if (after) count(next, after, +1);
  for (const interval of STAGE_INTERVALS) {
    const from = before && daysOf(before, interval);
    const to = after && daysOf(after, interval);
    if (from === to) continue;
    const histogram = { ...current.days[interval] };
    if (from !== undefined) bump(histogram, from, -1);
    if (to !== undefined) bump(histogram, to, +1);
    next.days[interval] = histogram;
  }
  const byDay = cohort.byDay.slice();
  byDay[day] = next.registered === 0 ? null : next;
  return { ...cohort, byDay };
}

function count(counts: FunnelDayCounts, member: FunnelMemberDocument, sign: 1 | -1): void {
  counts.registered += sign;
  const reachedAt = { prospect: member.registeredAt, qualified: member.qualifiedAt, won: member.wonAt, churned: member.churnedAt };
  for (const stage of FUNNEL_STAGES) if (reachedAt[stage] !== undefined) counts.reached[stage] += sign;
  counts.current[member.status] += sign;
}

function bump(histogram: Record<string, number>, days: string, sign: 1 | -1): void {
  const n = (histogram[days] ?? 0) + sign;
  if (n === 0) delete histogram[days];
  else histogram[days] = n;
}

function daysOf(member: FunnelMemberDocument, interval: StageInterval): string | undefined {
  const [from, to] =
    interval === 'prospectToQualified'
      ? [member.registeredAt, member.qualifiedAt]
      : interval === 'qualifiedToWon'
        ? [member.qualifiedAt, member.wonAt]
        : [member.registeredAt, member.wonAt];
  if (from === undefined || to === undefined) return undefined;
  return String(Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS)));
}

import type { RecordedEvent } from '../../../event-store/src/index.js';
import { customerEventOf, occurredAtOf } from '../customer-event.js';
import {
  FUNNEL_STAGES,
  STAGE_INTERVALS,
  type FunnelCohortDocument,
  type FunnelDimension,
  type FunnelMemberDocument,
  type StageInterval,
} from './funnel.documents.js';

const DAY_MS = 86_400_000;

/** The member after one event; the same object when the event does not concern the funnel. */
export function evolveFunnelMember(current: FunnelMemberDocument | undefined, recorded: RecordedEvent): FunnelMemberDocument | undefined {
  const event = customerEventOf(recorded);
  if (event?.type === 'CustomerRegistered') {
    const { customerId, registeredAt, ownerId, industry, region, source, status } = event.data;
    const member: FunnelMemberDocument = { id: customerId, day: registeredAt.slice(0, 10), registeredAt, groups: { owner: ownerId, industry, region, source }, status };
    return reach(member, status, registeredAt);
  }
  if (current === undefined || event?.type !== 'CustomerStatusChanged') return current;
  return reach({ ...current, status: event.data.to }, event.data.to, occurredAtOf(recorded));
}

function reach(member: FunnelMemberDocument, status: FunnelMemberDocument['status'], at: string): FunnelMemberDocument {
  const next = { ...member };
  if ((status === 'qualified' || status === 'won') && next.qualifiedAt === undefined) next.qualifiedAt = at;
  if (status === 'won' && next.wonAt === undefined) next.wonAt = at;
  if (status === 'churned' && next.churnedAt === undefined) next.churnedAt = at;
  return next;
}

export function emptyCohort(dimension: FunnelDimension, value: string, day: string): FunnelCohortDocument {
  return {
    id: cohortId(dimension, value, day),
    dimension,
    value,
    day,
    registered: 0,
    reached: { prospect: 0, qualified: 0, won: 0, churned: 0 },
    current: { prospect: 0, qualified: 0, won: 0, churned: 0 },
    days: { prospectToQualified: {}, qualifiedToWon: {}, prospectToWon: {} },
  };
}

export const cohortId = (dimension: FunnelDimension, value: string, day: string): string => `${dimension}|${value}|${day}`;

export const groupValueOf = (member: FunnelMemberDocument, dimension: FunnelDimension): string =>
  dimension === 'all' ? 'all' : member.groups[dimension];

/** Replaces a member's old contribution to a cohort by its new one (either may be absent). */
export function recount(cohort: FunnelCohortDocument, before: FunnelMemberDocument | undefined, after: FunnelMemberDocument | undefined): FunnelCohortDocument {
  const next: FunnelCohortDocument = {
    ...cohort,
    reached: { ...cohort.reached },
    current: { ...cohort.current },
    days: { prospectToQualified: { ...cohort.days.prospectToQualified }, qualifiedToWon: { ...cohort.days.qualifiedToWon }, prospectToWon: { ...cohort.days.prospectToWon } },
  };
  if (before) contribute(next, before, -1);
  if (after) contribute(next, after, +1);
  return next;
}

function contribute(cohort: FunnelCohortDocument, member: FunnelMemberDocument, sign: 1 | -1): void {
  cohort.registered += sign;
  const reachedAt = { prospect: member.registeredAt, qualified: member.qualifiedAt, won: member.wonAt, churned: member.churnedAt };
  for (const stage of FUNNEL_STAGES) if (reachedAt[stage] !== undefined) cohort.reached[stage] += sign;
  cohort.current[member.status] += sign;
  for (const interval of STAGE_INTERVALS) {
    const days = daysOf(member, interval);
    if (days === undefined) continue;
    const histogram = cohort.days[interval];
    const count = (histogram[days] ?? 0) + sign;
    if (count === 0) delete histogram[days];
    else histogram[days] = count;
  }
}

function daysOf(member: FunnelMemberDocument, interval: StageInterval): string | undefined {
  const [from, to] =
    interval === 'prospectToQualified' ? [member.registeredAt, member.qualifiedAt] : interval === 'qualifiedToWon' ? [member.qualifiedAt, member.wonAt] : [member.registeredAt, member.wonAt];
  if (from === undefined || to === undefined) return undefined;
  return String(Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS)));
}

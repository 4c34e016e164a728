import { DAY_MS } from '#domain';
import { FUNNEL_STAGES, STAGE_INTERVALS, type FunnelCounts, type FunnelMemberDocument, type StageInterval } from './funnel.documents.js';

export const emptyCounts = (): FunnelCounts => ({
  registered: 0,
  reached: { prospect: 0, qualified: 0, won: 0, churned: 0 },
  current: { prospect: 0, qualified: 0, won: 0, churned: 0 },
  days: { prospectToQualified: {}, qualifiedToWon: {}, prospectToWon: {} },
});

/** The counters with one member added (sign +1) or taken out (−1); a new object, `counts` is left as it was. */
export function withMember(counts: FunnelCounts, member: FunnelMemberDocument, sign: 1 | -1): FunnelCounts {
  const next: FunnelCounts = {
    registered: counts.registered + sign,
    reached: { ...counts.reached },
    current: { ...counts.current },
    days: { ...counts.days },
  };
  const reachedAt = { prospect: member.registeredAt, qualified: member.qualifiedAt, won: member.wonAt, churned: member.churnedAt };
  for (const stage of FUNNEL_STAGES) if (reachedAt[stage] !== undefined) next.reached[stage] += sign;
  next.current[member.status] += sign;
  for (const interval of STAGE_INTERVALS) {
    const days = daysOf(member, interval);
    if (days === undefined) continue;
    const histogram = { ...counts.days[interval] };
    bump(histogram, days, sign);
    next.days[interval] = histogram;
  }
  return next;
}

/** Adds `counts` into `totals` in place (the query side's sums). */
export function addCounts(totals: FunnelCounts, counts: FunnelCounts): void {
  totals.registered += counts.registered;
  for (const stage of FUNNEL_STAGES) totals.reached[stage] += counts.reached[stage];
  for (const status of Object.keys(totals.current) as (keyof FunnelCounts['current'])[]) totals.current[status] += counts.current[status];
  for (const interval of STAGE_INTERVALS) {
    const histogram = totals.days[interval];
    for (const [days, n] of Object.entries(counts.days[interval])) bump(histogram, days, n);
  }
}

/** What a member adds to its rows: two members with the same signature count alike. */
export const contributionOf = (member: FunnelMemberDocument | undefined): string =>
  member === undefined || member.retired ? '' : `${member.status}|${member.registeredAt}|${member.qualifiedAt}|${member.wonAt}|${member.churnedAt}`;

function bump(histogram: Record<string, number>, days: string, by: number): void {
  const n = (histogram[days] ?? 0) + by;
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

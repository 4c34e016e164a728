import { emptyCounts, withMember } from './funnel-counts.js';
import type { FunnelDimension, FunnelMemberDocument } from './funnel.documents.js';
import { groupValueOf } from './funnel-summary-rows.js';
import type { ValueCounts } from './funnel-report.js';

/** The counters of some members only (the part days or part months of a range), per value of the dimension, as the summary rows count them. */
export function countsOfMembers(members: Iterable<FunnelMemberDocument>, dimension: FunnelDimension): ValueCounts[] {
  const counts = new Map<string, ValueCounts>();
  for (const member of members) {
    if (member.retired) continue;
    const value = groupValueOf(member, dimension);
    counts.set(value, { value, ...withMember(counts.get(value) ?? emptyCounts(), member, 1) });
  }
  return [...counts.values()];
}

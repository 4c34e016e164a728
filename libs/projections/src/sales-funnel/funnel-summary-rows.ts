import {
  EVERYONE,
  FUNNEL_DAYS,
  FUNNEL_DIMENSIONS,
  FUNNEL_MONTHS,
  type FunnelCountsDocument,
  type FunnelDimension,
  type FunnelMemberDocument,
} from './funnel.documents.js';
import { emptyCounts } from './funnel-counts.js';

/** Where a summary row lives and what it is of; its counters aside. */
export interface SummaryRowKey {
  collection: typeof FUNNEL_MONTHS | typeof FUNNEL_DAYS;
  id: string;
  dimension: FunnelDimension;
  value: string;
  scope: string;
  period: string;
}

export const groupValueOf = (member: FunnelMemberDocument, dimension: FunnelDimension): string => (dimension === 'all' ? 'all' : member.groups[dimension]);

/** Every row a member counts in: per dimension, its month for everyone and for its owner now, and its day for everyone. */
export function summaryRowsOf(member: FunnelMemberDocument): SummaryRowKey[] {
  const month = member.day.slice(0, 7);
  const rows: SummaryRowKey[] = [];
  for (const dimension of FUNNEL_DIMENSIONS) {
    const value = groupValueOf(member, dimension);
    rows.push(
      { collection: FUNNEL_MONTHS, id: `${EVERYONE}|${dimension}|${value}|${month}`, dimension, value, scope: EVERYONE, period: month },
      { collection: FUNNEL_MONTHS, id: `${member.ownerId}|${dimension}|${value}|${month}`, dimension, value, scope: member.ownerId, period: month },
      { collection: FUNNEL_DAYS, id: `${dimension}|${value}|${member.day}`, dimension, value, scope: EVERYONE, period: member.day },
    );
  }
  return rows;
}

export const emptyRow = ({ id, dimension, value, scope, period }: SummaryRowKey): FunnelCountsDocument => ({
  id,
  dimension,
  value,
  scope,
  period,
  ...emptyCounts(),
});

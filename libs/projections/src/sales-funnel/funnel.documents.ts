import type { CustomerStatus } from '#domain';
import type { CollectionSpec, ReadDocument } from '#read-store';

export const FUNNEL_MEMBERS = 'sales-funnel-members';
/**
 * The summary rows (renamed from `sales-funnel-months`, whose documents held 31 day counters each):
 * rebuild `sales-funnel` once after upgrading.
 */
export const FUNNEL_MONTHS = 'sales-funnel-month-counts';
export const FUNNEL_DAYS = 'sales-funnel-day-counts';

export const FUNNEL_GROUPINGS = ['owner', 'industry', 'region', 'source'] as const;
export type FunnelGrouping = (typeof FUNNEL_GROUPINGS)[number];
/** `all` holds the ungrouped totals, so a query without groupBy reads one row per period. */
export type FunnelDimension = FunnelGrouping | 'all';
export const FUNNEL_DIMENSIONS: readonly FunnelDimension[] = ['all', ...FUNNEL_GROUPINGS];

export const FUNNEL_STAGES = ['prospect', 'qualified', 'won', 'churned'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export const STAGE_INTERVALS = ['prospectToQualified', 'qualifiedToWon', 'prospectToWon'] as const;
export type StageInterval = (typeof STAGE_INTERVALS)[number];

/** The scope of the rows that count every customer, whoever owns it now. */
export const EVERYONE = '*';

/**
 * One customer's path through the funnel. Groups are fixed at registration: a cohort is who
 * registered when, where and with whom, so later owner or profile changes do not move it.
 * `ownerId` is the owner now: the scope a sales rep's or a manager's funnel is cut by.
 * Reaching `won` implies having reached `qualified` (a direct prospect→won spends 0 days there).
 */
export interface FunnelMemberDocument extends ReadDocument {
  id: string;
  /** UTC day of registration, YYYY-MM-DD */
  day: string;
  registeredAt: string;
  ownerId: string;
  groups: Record<FunnelGrouping, string>;
  status: CustomerStatus;
  qualifiedAt?: string;
  wonAt?: string;
  churnedAt?: string;
  /** Merged into another customer or archived: counted nowhere until unmerged or restored. */
  retired?: true;
}

/** Counters of a set of customers. */
export interface FunnelCounts {
  registered: number;
  reached: Record<FunnelStage, number>;
  current: Record<CustomerStatus, number>;
  /** Histograms: whole days between stages → number of customers (exact medians, bounded size). */
  days: Record<StageInterval, Record<string, number>>;
}

/**
 * A summary row: the counters of the customers registered in one UTC period (a month, or a day)
 * with one value of one dimension, among those owned now by `scope` (an owner id, or EVERYONE).
 * Month rows exist per owner and for everyone; day rows for everyone only (they answer the part
 * months at the ends of a range; a scoped range reads its part months from the members).
 * A row exists while it counts someone, so the rows are the same however they were reached.
 */
export interface FunnelCountsDocument extends ReadDocument, FunnelCounts {
  id: string;
  dimension: FunnelDimension;
  value: string;
  scope: string;
  /** YYYY-MM (month rows) or YYYY-MM-DD (day rows) */
  period: string;
}

export const funnelMembersCollection: CollectionSpec = {
  name: FUNNEL_MEMBERS,
  fields: { day: 'text', ownerId: 'text' },
  compositeIndexes: [['ownerId', 'day']],
};
export const funnelMonthsCollection: CollectionSpec = {
  name: FUNNEL_MONTHS,
  fields: { dimension: 'text', scope: 'text', period: 'text' },
  compositeIndexes: [['dimension', 'scope', 'period']],
  unindexed: ['scope', 'period'],
};
export const funnelDaysCollection: CollectionSpec = {
  name: FUNNEL_DAYS,
  fields: { dimension: 'text', period: 'text' },
  compositeIndexes: [['dimension', 'period']],
  unindexed: ['period'],
};

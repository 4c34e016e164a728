import type { CustomerStatus } from '#domain';
import type { CollectionSpec, ReadDocument } from '#read-store';

export const FUNNEL_MEMBERS = 'sales-funnel-members';
/** Renamed from `sales-funnel-cohorts` (one document per day) when cohorts became monthly: rebuild `sales-funnel` once. */
export const FUNNEL_COHORTS = 'sales-funnel-months';

export const FUNNEL_GROUPINGS = ['owner', 'industry', 'region', 'source'] as const;
export type FunnelGrouping = (typeof FUNNEL_GROUPINGS)[number];
/** `all` holds the ungrouped totals, so a query without groupBy reads one row per month. */
export type FunnelDimension = FunnelGrouping | 'all';
export const FUNNEL_DIMENSIONS: readonly FunnelDimension[] = ['all', ...FUNNEL_GROUPINGS];

export const FUNNEL_STAGES = ['prospect', 'qualified', 'won', 'churned'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export const STAGE_INTERVALS = ['prospectToQualified', 'qualifiedToWon', 'prospectToWon'] as const;
export type StageInterval = (typeof STAGE_INTERVALS)[number];

/**
 * One customer's path through the funnel. Groups are fixed at registration: a cohort is who
 * registered when, where and with whom, so later owner or profile changes do not move it.
 * Reaching `won` implies having reached `qualified` (a direct prospect→won spends 0 days there).
 */
export interface FunnelMemberDocument extends ReadDocument {
  id: string;
  day: string;
  registeredAt: string;
  groups: Record<FunnelGrouping, string>;
  status: CustomerStatus;
  qualifiedAt?: string;
  wonAt?: string;
  churnedAt?: string;
  /** Merged into another customer or archived: counted nowhere until unmerged or restored. */
  retired?: true;
}

/** Counters of the customers registered on one day. */
export interface FunnelDayCounts {
  registered: number;
  reached: Record<FunnelStage, number>;
  current: Record<CustomerStatus, number>;
  /** Histograms: whole days between stages → number of customers (exact medians, bounded size). */
  days: Record<StageInterval, Record<string, number>>;
}

/**
 * Pre-aggregated counters of the customers registered in one month (UTC) for one group value. They
 * stay per registration day inside, so any [from, to) by day is answered exactly, while a group has
 * one document per month rather than one per day (a day per owner is about one customer).
 */
export interface FunnelCohortDocument extends ReadDocument {
  id: string;
  dimension: FunnelDimension;
  value: string;
  /** YYYY-MM */
  month: string;
  /** Index day-of-month − 1 → counters, null for a day without registrations (an array: cheap to copy). */
  byDay: (FunnelDayCounts | null)[];
}

export const funnelMembersCollection: CollectionSpec = { name: FUNNEL_MEMBERS, fields: { day: 'text' } };
export const funnelCohortsCollection: CollectionSpec = {
  name: FUNNEL_COHORTS,
  fields: { dimension: 'text', month: 'text', value: 'text' },
  compositeIndexes: [['dimension', 'month']],
};

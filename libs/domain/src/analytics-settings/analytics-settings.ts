// Thresholds of the customer value models (seed 003: RFM and lifecycle stages), set by an admin and kept as events.

/** Four ascending edges: a value reaches score 2 at the first, … score 5 at the fourth. */
export type ScoreEdges = readonly [number, number, number, number];

export interface RfmThresholds {
  /** Days since the last order: at most edges[0] days scores R 5, at most edges[3] scores 2, more scores 1 (ascending). */
  recencyDays: ScoreEdges;
  /** Orders (all time): at least edges[0] scores F 2, … at least edges[3] scores 5. */
  frequency: ScoreEdges;
  /** Spend (all time, CNY minor units): at least edges[0] scores M 2, … at least edges[3] scores 5. */
  monetary: ScoreEdges;
}

export interface LifecycleThresholds {
  /** A customer stays new (新客) this many days after the first order. */
  newDays: number;
  /** No order or follow-up for this many days: silent (沉默客戶). */
  silentAfterDays: number;
  /** No order or follow-up for this many days: lost (流失客戶); so is a churned customer. */
  lostAfterDays: number;
}

export interface AnalyticsSettings {
  rfm: RfmThresholds;
  lifecycle: LifecycleThresholds;
}

export const DEFAULT_ANALYTICS_SETTINGS: AnalyticsSettings = {
  rfm: {
    recencyDays: [30, 90, 180, 365],
    frequency: [2, 3, 5, 10],
    // 10,000 / 50,000 / 100,000 / 500,000 CNY: the value tiers' edges (SPEC §5) and one above.
    monetary: [1_000_000, 5_000_000, 10_000_000, 50_000_000],
  },
  lifecycle: { newDays: 90, silentAfterDays: 90, lostAfterDays: 180 },
};

export const ANALYTICS_SETTINGS_STREAM = 'analytics-settings';

/** The problem with a set of thresholds, naming the field; undefined when they hold. */
export function rfmThresholdsProblem(rfm: RfmThresholds): { field: string; message: string } | undefined {
  for (const field of ['recencyDays', 'frequency', 'monetary'] as const) {
    const edges = rfm[field];
    if (edges.length !== 4 || edges.some((edge) => !Number.isInteger(edge) || edge < 0)) {
      return { field, message: `${field} must be four whole numbers, 0 or more` };
    }
    if (edges.some((edge, i) => i > 0 && edge <= edges[i - 1])) return { field, message: `${field} must be strictly ascending` };
  }
  if (rfm.frequency[0] < 1) return { field: 'frequency', message: 'frequency edges start at 1 order or more' };
  return undefined;
}

export function lifecycleThresholdsProblem(lifecycle: LifecycleThresholds): { field: string; message: string } | undefined {
  for (const field of ['newDays', 'silentAfterDays', 'lostAfterDays'] as const) {
    if (!Number.isInteger(lifecycle[field]) || lifecycle[field] < 1) return { field, message: `${field} must be a whole number of days, 1 or more` };
  }
  if (lifecycle.lostAfterDays <= lifecycle.silentAfterDays) return { field: 'lostAfterDays', message: 'lostAfterDays must be more than silentAfterDays' };
  return undefined;
}

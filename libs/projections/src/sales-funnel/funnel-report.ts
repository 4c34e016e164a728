import type { CustomerStatus } from '#domain';
import { STAGE_INTERVALS, type FunnelCohortDocument, type FunnelDayCounts, type FunnelStage, type StageInterval } from './funnel.documents.js';

export interface FunnelGroupReport {
  key: string;
  registered: number;
  reached: Record<FunnelStage, number>;
  /** Share of the previous stage that reached the next; null when the previous stage is empty. */
  conversion: Record<StageInterval, number | null>;
  medianDays: Record<StageInterval, number | null>;
  current: Record<CustomerStatus, number>;
}

interface Totals {
  registered: number;
  reached: Record<FunnelStage, number>;
  current: Record<CustomerStatus, number>;
  days: Record<StageInterval, Map<number, number>>;
}

/** Registration days [from, to) as `YYYY-MM-DD`; either bound may be open. */
export interface DayRange {
  from?: string;
  to?: string;
}

/** Sums the month cohorts' days within the range per group value, and derives conversion rates and exact medians. */
export function funnelReport(cohorts: readonly FunnelCohortDocument[], range: DayRange = {}): FunnelGroupReport[] {
  const groups = new Map<string, Totals>();
  for (const cohort of cohorts) {
    let totals = groups.get(cohort.value);
    if (!totals) {
      totals = {
        registered: 0,
        reached: { prospect: 0, qualified: 0, won: 0, churned: 0 },
        current: { prospect: 0, qualified: 0, won: 0, churned: 0 },
        days: { prospectToQualified: new Map(), qualifiedToWon: new Map(), prospectToWon: new Map() },
      };
      groups.set(cohort.value, totals);
    }
    cohort.byDay.forEach((counts, index) => {
      const day = `${cohort.month}-${String(index + 1).padStart(2, '0')}`;
      if (counts === null || (range.from !== undefined && day < range.from) || (range.to !== undefined && day >= range.to)) return;
      add(totals, counts);
    });
  }
  return [...groups.entries()]
    .map(([key, totals]) => ({
      key,
      registered: totals.registered,
      reached: totals.reached,
      conversion: {
        prospectToQualified: ratio(totals.reached.qualified, totals.reached.prospect),
        qualifiedToWon: ratio(totals.reached.won, totals.reached.qualified),
        prospectToWon: ratio(totals.reached.won, totals.reached.prospect),
      },
      medianDays: {
        prospectToQualified: median(totals.days.prospectToQualified),
        qualifiedToWon: median(totals.days.qualifiedToWon),
        prospectToWon: median(totals.days.prospectToWon),
      },
      current: totals.current,
    }))
    .filter((group) => group.registered > 0)
    .sort((a, b) => b.registered - a.registered || a.key.localeCompare(b.key));
}

function add(totals: Totals, counts: FunnelDayCounts): void {
  totals.registered += counts.registered;
  for (const stage of Object.keys(totals.reached) as FunnelStage[]) totals.reached[stage] += counts.reached[stage];
  for (const status of Object.keys(totals.current) as CustomerStatus[]) totals.current[status] += counts.current[status];
  for (const interval of STAGE_INTERVALS) {
    const histogram = totals.days[interval];
    for (const [days, count] of Object.entries(counts.days[interval])) histogram.set(Number(days), (histogram.get(Number(days)) ?? 0) + count);
  }
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

/** Median of a histogram value → count (the mean of the two middle values when the count is even). */
export function median(histogram: ReadonlyMap<number, number>): number | null {
  const total = [...histogram.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const sorted = [...histogram.entries()].sort(([a], [b]) => a - b);
  const valueAt = (rank: number): number => {
    let seen = 0;
    for (const [value, count] of sorted) {
      seen += count;
      if (seen > rank) return value;
    }
    return sorted[sorted.length - 1][0];
  };
  return total % 2 === 1 ? valueAt((total - 1) / 2) : (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
}

import type { CustomerStatus } from '#domain';
import { addCounts, emptyCounts } from './funnel-counts.js';
import type { FunnelCounts, FunnelStage, StageInterval } from './funnel.documents.js';

export interface FunnelGroupReport {
  key: string;
  registered: number;
  reached: Record<FunnelStage, number>;
  /** Share of the previous stage that reached the next; null when the previous stage is empty. */
  conversion: Record<StageInterval, number | null>;
  medianDays: Record<StageInterval, number | null>;
  current: Record<CustomerStatus, number>;
}

/** Counters of one value of the dimension (a summary row, or members counted in memory). */
export type ValueCounts = FunnelCounts & { value: string };

/** Sums the counters per value, and derives conversion rates and exact medians. */
export function funnelReport(rows: Iterable<ValueCounts>): FunnelGroupReport[] {
  const groups = new Map<string, FunnelCounts>();
  for (const row of rows) {
    let totals = groups.get(row.value);
    if (!totals) {
      totals = emptyCounts();
      groups.set(row.value, totals);
    }
    addCounts(totals, row);
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

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

/** Median of a histogram days → count (the mean of the two middle values when the count is even). */
export function median(histogram: Readonly<Record<string, number>>): number | null {
  const sorted = Object.entries(histogram)
    .map(([days, count]): [number, number] => [Number(days), count])
    .sort(([a], [b]) => a - b);
  const total = sorted.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
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

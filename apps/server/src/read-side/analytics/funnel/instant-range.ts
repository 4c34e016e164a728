import type { FunnelCohortDocument } from '#projections';

/** [from, to) as instants (ms); a bare date is its UTC midnight. Either bound may be open. */
export interface InstantRange {
  from?: number;
  to?: number;
}

const DAY_MS = 86_400_000;
const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const instantRangeOf = (from?: string, to?: string): InstantRange => ({
  ...(from ? { from: Date.parse(from) } : {}),
  ...(to ? { to: Date.parse(to) } : {}),
});

export const inRange = (range: InstantRange, instant: string): boolean => {
  const at = Date.parse(instant);
  return (range.from === undefined || at >= range.from) && (range.to === undefined || at < range.to);
};

/**
 * The range split into what the day cohorts answer exactly — the whole UTC days inside it — and the
 * part days at its ends, answered from the members registered on those days.
 */
export function splitByDays(range: InstantRange): { wholeDays: { from?: string; to?: string } | undefined; edgeDays: string[] } {
  const firstWhole = range.from === undefined ? undefined : Math.ceil(range.from / DAY_MS) * DAY_MS;
  const endWhole = range.to === undefined ? undefined : Math.floor(range.to / DAY_MS) * DAY_MS;
  const edgeDays = new Set<string>();
  if (range.from !== undefined && firstWhole !== range.from) edgeDays.add(dayOf(range.from));
  if (range.to !== undefined && endWhole !== range.to) edgeDays.add(dayOf(range.to));
  if (firstWhole !== undefined && endWhole !== undefined && firstWhole >= endWhole) return { wholeDays: undefined, edgeDays: [...edgeDays] };
  return {
    wholeDays: { ...(firstWhole !== undefined ? { from: dayOf(firstWhole) } : {}), ...(endWhole !== undefined ? { to: dayOf(endWhole) } : {}) },
    edgeDays: [...edgeDays],
  };
}

/** The cohorts with only the days of [from, to) kept (YYYY-MM-DD bounds). */
export function keepDays(cohorts: readonly FunnelCohortDocument[], days: { from?: string; to?: string }): FunnelCohortDocument[] {
  return cohorts.map((cohort) => ({
    ...cohort,
    byDay: cohort.byDay.map((counts, index) => {
      const day = `${cohort.month}-${String(index + 1).padStart(2, '0')}`;
      return (days.from !== undefined && day < days.from) || (days.to !== undefined && day >= days.to) ? null : counts;
    }),
  }));
}

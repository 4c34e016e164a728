import { SERVICE_CATEGORIES, type ServiceCategory } from '#domain';
import type { FollowUpDocument } from '#projections';
import { calendarMonth } from '#shared';

const HOUR_MS = 3_600_000;

export interface ServiceQualityReport {
  from: string | null;
  to: string | null;
  timeZone: string;
  cases: { kind: string; count: number }[];
  complaints: {
    total: number;
    open: number;
    resolved: number;
    byCategory: { category: ServiceCategory; count: number; open: number }[];
    byMonth: { month: string; count: number; resolved: number }[];
  };
  /** Hours from a complaint to its resolution, over the complaints resolved. */
  resolution: { resolved: number; averageHours: number | null; medianHours: number | null; p90Hours: number | null };
  /** Average satisfaction (1–5) of the follow-ups that carry a score, overall and per month. */
  satisfaction: { responses: number; average: number | null; byMonth: { month: string; responses: number; average: number }[] };
}

const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;

function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

/** The service figures of a set of follow-ups (already scoped and ranged), months in the deployment's time zone. */
export function serviceQualityReport(followUps: readonly FollowUpDocument[], range: { from?: string; to?: string }, timeZone: string): ServiceQualityReport {
  const kinds = new Map<string, number>();
  const categories = new Map<ServiceCategory, { count: number; open: number }>();
  const complaintMonths = new Map<string, { count: number; resolved: number }>();
  const satisfactionMonths = new Map<string, { responses: number; sum: number }>();
  const hoursToResolve: number[] = [];
  let complaints = 0;
  let open = 0;
  let scoreSum = 0;
  let responses = 0;

  for (const followUp of followUps) {
    const kind = followUp.kind ?? 'sales';
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    const month = calendarMonth(followUp.at, timeZone);
    if (followUp.satisfaction !== undefined) {
      const entry = satisfactionMonths.get(month) ?? { responses: 0, sum: 0 };
      satisfactionMonths.set(month, { responses: entry.responses + 1, sum: entry.sum + followUp.satisfaction });
      responses += 1;
      scoreSum += followUp.satisfaction;
    }
    if (kind !== 'complaint') continue;
    complaints += 1;
    const resolved = followUp.resolvedAt !== undefined;
    if (!resolved) open += 1;
    else hoursToResolve.push((Date.parse(followUp.resolvedAt as string) - Date.parse(followUp.at)) / HOUR_MS);
    const category = followUp.category ?? 'other';
    const byCategory = categories.get(category) ?? { count: 0, open: 0 };
    categories.set(category, { count: byCategory.count + 1, open: byCategory.open + (resolved ? 0 : 1) });
    const byMonth = complaintMonths.get(month) ?? { count: 0, resolved: 0 };
    complaintMonths.set(month, { count: byMonth.count + 1, resolved: byMonth.resolved + (resolved ? 1 : 0) });
  }

  const sortedHours = [...hoursToResolve].sort((a, b) => a - b);
  const averageHours = sortedHours.length ? round(sortedHours.reduce((sum, h) => sum + h, 0) / sortedHours.length) : null;
  const median = sortedHours.length ? (sortedHours[Math.floor((sortedHours.length - 1) / 2)] + sortedHours[Math.ceil((sortedHours.length - 1) / 2)]) / 2 : null;
  const p90 = percentile(sortedHours, 0.9);
  return {
    from: range.from ?? null,
    to: range.to ?? null,
    timeZone,
    cases: [...kinds].map(([kind, count]) => ({ kind, count })).sort((a, b) => a.kind.localeCompare(b.kind)),
    complaints: {
      total: complaints,
      open,
      resolved: complaints - open,
      byCategory: SERVICE_CATEGORIES.filter((c) => categories.has(c)).map((category) => ({
        category,
        ...(categories.get(category) as { count: number; open: number }),
      })),
      byMonth: [...complaintMonths].map(([month, figures]) => ({ month, ...figures })).sort((a, b) => a.month.localeCompare(b.month)),
    },
    resolution: {
      resolved: sortedHours.length,
      averageHours,
      medianHours: median === null ? null : round(median),
      p90Hours: p90 === null ? null : round(p90),
    },
    satisfaction: {
      responses,
      average: responses ? round(scoreSum / responses) : null,
      byMonth: [...satisfactionMonths]
        .map(([month, { responses: count, sum }]) => ({ month, responses: count, average: round(sum / count) }))
        .sort((a, b) => a.month.localeCompare(b.month)),
    },
  };
}

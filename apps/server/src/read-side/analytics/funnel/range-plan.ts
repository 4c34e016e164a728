import { nextMonth } from '#shared';
import type { InstantRange } from './instant-range.js';

/** A range of periods (`YYYY-MM` or `YYYY-MM-DD`), either bound open. */
export interface PeriodSpan {
  gte?: string;
  lt?: string;
}

/**
 * How a range is answered from the summary: its whole UTC months from the month rows, the whole days
 * around them from the day rows, the part days at its ends from those days' members (exact instants).
 */
export interface RangePlan {
  months?: PeriodSpan;
  days: PeriodSpan[];
  edgeDays: string[];
}

/** A scoped range: whole months from the owners' month rows, the rest from the owners' members of those days. */
export interface ScopedRangePlan {
  months?: PeriodSpan;
  memberDays: PeriodSpan[];
}

const DAY_MS = 86_400_000;
const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const firstDay = (month: string): string => `${month}-01`;

/** The whole UTC days of the range as [first, end) day strings, or null when it holds none. */
function wholeDays(range: InstantRange): { first?: string; end?: string } | null {
  const first = range.from === undefined ? undefined : Math.ceil(range.from / DAY_MS) * DAY_MS;
  const end = range.to === undefined ? undefined : Math.floor(range.to / DAY_MS) * DAY_MS;
  if (first !== undefined && end !== undefined && first >= end) return null;
  return { ...(first !== undefined ? { first: dayOf(first) } : {}), ...(end !== undefined ? { end: dayOf(end) } : {}) };
}

/** The whole months within whole days [first, end): from the first month starting at or after `first`, up to `end`'s month. */
function wholeMonths(days: { first?: string; end?: string }): PeriodSpan | undefined {
  const gte = days.first === undefined ? undefined : days.first.endsWith('-01') ? days.first.slice(0, 7) : nextMonth(days.first.slice(0, 7));
  const lt = days.end?.slice(0, 7);
  if (gte !== undefined && lt !== undefined && gte >= lt) return undefined;
  return { ...(gte !== undefined ? { gte } : {}), ...(lt !== undefined ? { lt } : {}) };
}

export function planRange(range: InstantRange): RangePlan {
  const edgeDays = new Set<string>();
  if (range.from !== undefined && range.from % DAY_MS !== 0) edgeDays.add(dayOf(range.from));
  if (range.to !== undefined && range.to % DAY_MS !== 0) edgeDays.add(dayOf(range.to));
  const days = wholeDays(range);
  if (days === null) return { days: [], edgeDays: [...edgeDays] };
  const months = wholeMonths(days);
  if (months === undefined) return { days: [{ gte: days.first, lt: days.end }], edgeDays: [...edgeDays] };
  const spans: PeriodSpan[] = [];
  if (days.first !== undefined && months.gte !== undefined && days.first < firstDay(months.gte)) spans.push({ gte: days.first, lt: firstDay(months.gte) });
  if (days.end !== undefined && months.lt !== undefined && firstDay(months.lt) < days.end) spans.push({ gte: firstDay(months.lt), lt: days.end });
  return { months, days: spans, edgeDays: [...edgeDays] };
}

export function planScopedRange(range: InstantRange): ScopedRangePlan {
  // Member days hold the range's ends: from's day on, up to and with the day of the range's last instant.
  const gte = range.from === undefined ? undefined : dayOf(range.from);
  const lt = range.to === undefined ? undefined : dayOf(range.to + DAY_MS - 1);
  const days = wholeDays(range);
  const months = days === null ? undefined : wholeMonths(days);
  if (months === undefined) return { memberDays: [{ gte, lt }] };
  const spans: PeriodSpan[] = [];
  if (gte !== undefined && months.gte !== undefined) spans.push({ gte, lt: firstDay(months.gte) });
  if (lt !== undefined && months.lt !== undefined) spans.push({ gte: firstDay(months.lt), lt });
  return { months, memberDays: spans.filter((span) => span.gte === undefined || span.lt === undefined || span.gte < span.lt) };
}

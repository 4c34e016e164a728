import { calendarMonth, calendarQuarter } from '#shared';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Milliseconds the zone's wall clock is ahead of UTC at the instant. */
function offsetMs(instant: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]));
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - Math.floor(instant / 1000) * 1000;
}

/** The first instant of the month `YYYY-MM` in the zone. */
export function monthStart(month: string, timeZone: string): number {
  const wall = Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);
  // Twice: the offset at the guess may differ from the offset at the answer (a DST change near midnight).
  return wall - offsetMs(wall - offsetMs(wall, timeZone), timeZone);
}

const nextMonth = (month: string): string => {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
};

export interface ZonePeriod {
  /** `YYYY-MM` or `YYYY-Qn` */
  label: string;
  /** Where the next period starts (ISO instant). */
  end: string;
}

/** The months (or quarters) of the zone that hold any instant of [first, last], in order. */
export function zonePeriods(first: string, last: string, granularity: 'month' | 'quarter', timeZone: string): ZonePeriod[] {
  const periods: ZonePeriod[] = [];
  const lastMonth = calendarMonth(last, timeZone);
  for (let month = calendarMonth(first, timeZone); month <= lastMonth; month = nextMonth(month)) {
    const end = new Date(monthStart(nextMonth(month), timeZone)).toISOString();
    const label = granularity === 'month' ? month : calendarQuarter(new Date(monthStart(month, timeZone)).toISOString(), timeZone);
    if (periods.length > 0 && periods[periods.length - 1].label === label) periods[periods.length - 1].end = end;
    else periods.push({ label, end });
  }
  return periods;
}

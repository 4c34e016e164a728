// Calendar days, months and quarters of an instant in the deployment's time zone (TIME_ZONE, default Asia/Shanghai):
// analytics group by these, never by UTC dates.

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** `YYYY-MM-DD` of the instant in the time zone. */
export function calendarDay(instant: string | Date, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** `YYYY-MM` of the instant in the time zone. */
export function calendarMonth(instant: string | Date, timeZone: string): string {
  return calendarDay(instant, timeZone).slice(0, 7);
}

/** `YYYY-Qn` of the instant in the time zone. */
export function calendarQuarter(instant: string | Date, timeZone: string): string {
  const day = calendarDay(instant, timeZone);
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

const HOUR_MS = 3_600_000;

/** The first instant of a `YYYY-MM` month in the time zone (zones are at most 14 hours from UTC). */
export function monthStart(month: string, timeZone: string): Date {
  const [year, monthNumber] = month.split('-').map(Number);
  let low = Date.UTC(year, monthNumber - 1, 1) - 15 * HOUR_MS;
  let high = Date.UTC(year, monthNumber - 1, 1) + 15 * HOUR_MS;
  // The last instant before the month is in low's month, the first of it in high's: bisect to the minute, then the millisecond.
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (calendarMonth(new Date(middle), timeZone) >= month) high = middle;
    else low = middle;
  }
  return new Date(high);
}

/** The `YYYY-MM` after the given one. */
export function nextMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
}

/** Whether the runtime knows the zone (config validation). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

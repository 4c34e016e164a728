import { calendarMonth, calendarQuarter, monthStart, nextMonth } from '#shared';

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
    const end = monthStart(nextMonth(month), timeZone).toISOString();
    const label = granularity === 'month' ? month : calendarQuarter(monthStart(month, timeZone), timeZone);
    if (periods.length > 0 && periods[periods.length - 1].label === label) periods[periods.length - 1].end = end;
    else periods.push({ label, end });
  }
  return periods;
}

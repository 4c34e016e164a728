import type { DeliverySchedule } from '#domain';

const DAY_MS = 86_400_000;

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function localTime(instant: Date, timeZone: string): LocalTime {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    hourCycle: 'h23',
    weekday: 'short',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: Number(part('year')), month: Number(part('month')), day: Number(part('day')), hour: Number(part('hour')), weekday: WEEKDAYS[part('weekday')] };
}

/** The instant a wall-clock hour of a calendar day has in the zone (the first of two in a DST fold). */
function instantOf(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  let guess = Date.UTC(year, month - 1, day, hour);
  for (let i = 0; i < 2; i++) {
    const seen = localTime(new Date(guess), timeZone);
    const drift = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour) - Date.UTC(year, month - 1, day, hour);
    guess -= drift;
  }
  return new Date(guess);
}

const pad = (n: number) => String(n).padStart(2, '0');

export interface DuePeriod {
  /** Names the run: one run per subscription and period, whatever happens. */
  period: string;
  dueAt: Date;
  /** What the report covers: the week or the month before dueAt. */
  from: Date;
}

/** The latest scheduled instant at or before `at`, in the zone: what a scheduler that was down catches up with (only the latest). */
export function latestDue(schedule: DeliverySchedule, at: Date, timeZone: string): DuePeriod {
  for (let back = 0; back <= 62; back++) {
    const local = localTime(new Date(at.getTime() - back * DAY_MS), timeZone);
    const matches = schedule.kind === 'weekly' ? local.weekday === schedule.weekday : local.day === schedule.day;
    if (!matches) continue;
    const dueAt = instantOf(local.year, local.month, local.day, schedule.hour, timeZone);
    if (dueAt > at) continue;
    const date = `${local.year}-${pad(local.month)}-${pad(local.day)}`;
    if (schedule.kind === 'weekly') return { period: `week-of-${date}`, dueAt, from: new Date(dueAt.getTime() - 7 * DAY_MS) };
    const previous = local.month === 1 ? { year: local.year - 1, month: 12 } : { year: local.year, month: local.month - 1 };
    return { period: `month-${local.year}-${pad(local.month)}`, dueAt, from: instantOf(previous.year, previous.month, schedule.day, schedule.hour, timeZone) };
  }
  throw new Error('no scheduled instant in the last 62 days');
}

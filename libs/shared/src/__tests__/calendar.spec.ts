import { calendarDay, calendarMonth, calendarQuarter, isKnownTimeZone, monthStart, nextMonth } from '../calendar.js';

describe('calendar in the deployment time zone', () => {
  it('puts 31 March 17:00 UTC in April in Shanghai but in March in UTC', () => {
    expect(calendarMonth('2024-03-31T17:00:00.000Z', 'Asia/Shanghai')).toBe('2024-04');
    expect(calendarMonth('2024-03-31T17:00:00.000Z', 'UTC')).toBe('2024-03');
    expect(calendarQuarter('2024-03-31T17:00:00.000Z', 'Asia/Shanghai')).toBe('2024-Q2');
    expect(calendarDay('2024-12-31T16:30:00.000Z', 'Asia/Shanghai')).toBe('2025-01-01');
  });

  it('refuses a zone the runtime does not know', () => {
    expect(isKnownTimeZone('Asia/Shanghai')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });

  it('finds the first instant of a month in the zone, half-hour zones and year ends included', () => {
    expect(monthStart('2024-04', 'Asia/Shanghai').toISOString()).toBe('2024-03-31T16:00:00.000Z');
    expect(monthStart('2024-04', 'UTC').toISOString()).toBe('2024-04-01T00:00:00.000Z');
    expect(monthStart('2024-01', 'Asia/Kolkata').toISOString()).toBe('2023-12-31T18:30:00.000Z');
    expect(monthStart('2024-04', 'America/New_York').toISOString()).toBe('2024-04-01T04:00:00.000Z');
    expect(nextMonth('2024-12')).toBe('2025-01');
    expect(nextMonth('2024-09')).toBe('2024-10');
  });
});

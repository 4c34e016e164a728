import { calendarDay, calendarMonth, calendarQuarter, isKnownTimeZone } from '../calendar.js';

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
});

import { latestDue } from '../delivery-schedule.js';

describe('delivery schedule in the deployment time zone', () => {
  it('finds the last Monday 08:00 in Shanghai, which is Monday 00:00 UTC', () => {
    const due = latestDue({ kind: 'weekly', weekday: 1, hour: 8 }, new Date('2024-06-19T03:00:00Z'), 'Asia/Shanghai');
    expect(due).toEqual({ period: 'week-of-2024-06-17', dueAt: new Date('2024-06-17T00:00:00Z'), from: new Date('2024-06-10T00:00:00Z') });
  });

  it('is not due before the hour on the day itself, so the previous week is the latest', () => {
    const due = latestDue({ kind: 'weekly', weekday: 1, hour: 8 }, new Date('2024-06-16T23:59:00Z'), 'Asia/Shanghai');
    expect(due.period).toBe('week-of-2024-06-10');
  });

  it('runs monthly on the 1st, covering the month before, across a year end', () => {
    const due = latestDue({ kind: 'monthly', day: 1, hour: 9 }, new Date('2025-01-01T02:00:00Z'), 'Asia/Shanghai');
    expect(due).toEqual({ period: 'month-2025-01', dueAt: new Date('2025-01-01T01:00:00Z'), from: new Date('2024-12-01T01:00:00Z') });
  });

  it('keeps the wall-clock hour across a daylight-saving change', () => {
    const due = latestDue({ kind: 'weekly', weekday: 1, hour: 9 }, new Date('2024-04-01T12:00:00Z'), 'Europe/Berlin');
    expect(due.dueAt).toEqual(new Date('2024-04-01T07:00:00Z'));
  });
});

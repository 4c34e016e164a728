import { neutralisedText, wallClockDate } from '../cell-values.js';

describe('cell values', () => {
  it.each(['=1+1', '+31', '-2', '@SUM(A1)', '\tx', '\rx'])('quotes %j, which a spreadsheet would evaluate', (text) => {
    expect(neutralisedText(text)).toBe(`'${text}`);
  });

  it('leaves other text alone', () => {
    expect(neutralisedText('Alpha = Beta')).toBe('Alpha = Beta');
    expect(neutralisedText('客戶')).toBe('客戶');
  });

  it('gives the wall-clock time of an instant in the zone', () => {
    expect(wallClockDate('2024-06-01T08:00:00.000Z', 'Asia/Shanghai')?.toISOString()).toBe('2024-06-01T16:00:00.000Z');
    expect(wallClockDate('2024-06-01T08:00:00.000Z', 'Asia/Kolkata')?.toISOString()).toBe('2024-06-01T13:30:00.000Z');
    expect(wallClockDate('not a date', 'Asia/Shanghai')).toBeUndefined();
  });

  it('follows a daylight-saving change to the minute, though it computes offsets once per half hour', () => {
    // New York springs forward at 07:00Z on 2024-03-10 (02:00 EST becomes 03:00 EDT).
    expect(wallClockDate('2024-03-10T06:59:00.000Z', 'America/New_York')?.toISOString()).toBe('2024-03-10T01:59:00.000Z');
    expect(wallClockDate('2024-03-10T07:00:00.000Z', 'America/New_York')?.toISOString()).toBe('2024-03-10T03:00:00.000Z');
    expect(wallClockDate('2024-03-10T07:29:59.000Z', 'America/New_York')?.toISOString()).toBe('2024-03-10T03:29:59.000Z');
  });
});

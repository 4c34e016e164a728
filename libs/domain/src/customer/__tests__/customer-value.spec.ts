import { ordersInWindow, spendInWindow, trailing12MonthSpend, valueTierOf, type OrderFact } from '../customer-value.js';

// SPEC §5: value is the CNY order total of a trailing window ending now; its tier follows fixed thresholds.

const NOW = new Date('2024-06-15T10:00:00.000Z');
const order = (orderId: string, amount: number, orderedAt: string, currency = 'CNY'): OrderFact => ({ orderId, amount, currency, orderedAt });

describe('customer value', () => {
  const orders = [
    order('too-old', 1_000, '2023-06-16T10:00:00.000Z'),
    order('first-day-of-window', 2_000, '2023-06-16T10:00:00.001Z'),
    order('usd', 4_000, '2024-01-01T00:00:00.000Z', 'USD'),
    order('now', 8_000, '2024-06-15T10:00:00.000Z'),
    order('future', 16_000, '2024-06-15T10:00:00.001Z'),
  ];

  it('counts CNY orders in (now − 365 days, now] towards the trailing-12-month spend', () => {
    expect(trailing12MonthSpend(orders, NOW)).toBe(10_000);
    expect(ordersInWindow(orders, 365, NOW).map((o) => o.orderId)).toEqual(['first-day-of-window', 'now']);
  });

  it('takes any window length, as the high-value rule configures it', () => {
    expect(spendInWindow(orders, 1, NOW)).toBe(8_000);
    expect(spendInWindow(orders, 400, NOW)).toBe(11_000);
  });

  it('is zero without orders', () => {
    expect(trailing12MonthSpend([], NOW)).toBe(0);
  });

  it.each([
    [10_000_000, 'high'],
    [9_999_999, 'potential'],
    [5_000_000, 'potential'],
    [1_000_000, 'normal'],
    [999_999, 'low'],
  ])('tier of %i fen is %s', (spend, tier) => {
    expect(valueTierOf(spend)).toBe(tier);
  });
});

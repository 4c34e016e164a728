import fc from 'fast-check';
import { DAY_MS, lifetimeSpend, tierAt, tierHeldUntil, trailing12MonthSpend, valueTierOf, type OrderFact } from '#domain';

// The value facts the profile keeps for the pivot (customer-profile.document.ts) must give the tier the read side computes.

const order = (orderedAt: string, amount: number, currency = 'CNY'): OrderFact => ({ orderId: `${orderedAt}-${amount}`, amount, currency, orderedAt });

describe('tierHeldUntil', () => {
  it('gives, per tier, when the spend falls below its threshold once the orders age out', () => {
    const orders = [order('2024-01-10T00:00:00.000Z', 6_000_000), order('2024-03-01T00:00:00.000Z', 4_000_000), order('2024-02-01T00:00:00.000Z', 1, 'USD')];
    expect(tierHeldUntil(orders)).toEqual({
      normal: '2025-03-01T00:00:00.000Z', // 365 days after the newest order, which alone is 40,000.00 ≥ 10,000.00
      potential: '2025-01-09T00:00:00.000Z', // both: 100,000.00 ≥ 50,000.00 until the older leaves the window
      high: '2025-01-09T00:00:00.000Z',
    });
    expect(tierHeldUntil([order('2024-01-10T00:00:00.000Z', 999_999)])).toEqual({});
    expect(lifetimeSpend(orders)).toBe(10_000_000);
  });

  it('agrees with the trailing spend at every instant from the latest order on', () => {
    const start = Date.parse('2023-01-01T00:00:00.000Z');
    const orderArb = fc.record({
      offset: fc.integer({ min: 0, max: 800 * DAY_MS }),
      amount: fc.integer({ min: 1, max: 8_000_000 }),
      currency: fc.constantFrom('CNY', 'CNY', 'USD'),
    });
    fc.assert(
      fc.property(fc.array(orderArb, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 900 * DAY_MS }), (facts, later) => {
        const orders = facts.map((f, i) => ({
          orderId: String(i),
          amount: f.amount,
          currency: f.currency,
          orderedAt: new Date(start + f.offset).toISOString(),
        }));
        const latest = Math.max(...orders.map((o) => Date.parse(o.orderedAt)));
        const at = new Date(latest + later);
        expect(tierAt(tierHeldUntil(orders), at)).toBe(valueTierOf(trailing12MonthSpend(orders, at)));
      }),
    );
  });
});

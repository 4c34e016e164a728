import { DAY_MS } from '../shared/time.js';

// SPEC §5 customer value: trailing spend over a window of days and the value tier it earns. The same
// arithmetic serves the read side (value shown with a customer) and the high-value rule.

/** One recorded order as value is computed from it; amounts are minor units (fen for CNY). */
export interface OrderFact {
  orderId: string;
  amount: number;
  currency: string;
  orderedAt: string;
}

/** Value counts CNY orders only; other currencies are not converted. */
export const VALUE_CURRENCY = 'CNY';
export const TRAILING_12_MONTHS_DAYS = 365;
/** Lowest trailing-12-month spend of each tier, in fen: 100,000.00 CNY = 10,000,000. */
export const VALUE_TIER_THRESHOLDS = { high: 10_000_000, potential: 5_000_000, normal: 1_000_000 } as const;

export type ValueTier = 'high' | 'potential' | 'normal' | 'low';

/** CNY orders with orderedAt in (at − windowDays, at]. */
export function ordersInWindow<Order extends OrderFact>(orders: readonly Order[], windowDays: number, at: Date): Order[] {
  const end = at.getTime();
  const start = end - windowDays * DAY_MS;
  return orders.filter((order) => {
    const orderedAt = Date.parse(order.orderedAt);
    return order.currency === VALUE_CURRENCY && orderedAt > start && orderedAt <= end;
  });
}

export const totalOf = (orders: readonly OrderFact[]): number => orders.reduce((sum, order) => sum + order.amount, 0);

export const spendInWindow = (orders: readonly OrderFact[], windowDays: number, at: Date): number => totalOf(ordersInWindow(orders, windowDays, at));

export const trailing12MonthSpend = (orders: readonly OrderFact[], at: Date): number => spendInWindow(orders, TRAILING_12_MONTHS_DAYS, at);

export function valueTierOf(trailingSpend: number): ValueTier {
  if (trailingSpend >= VALUE_TIER_THRESHOLDS.high) return 'high';
  if (trailingSpend >= VALUE_TIER_THRESHOLDS.potential) return 'potential';
  if (trailingSpend >= VALUE_TIER_THRESHOLDS.normal) return 'normal';
  return 'low';
}

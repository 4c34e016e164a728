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

/** The tiers above `low`, highest first. */
const RANKED_TIERS = ['high', 'potential', 'normal'] as const;

/**
 * For each tier above `low`, the instant until which the trailing-12-month spend stays at or above
 * its threshold once no further order comes: after the latest order spend only falls, as orders leave
 * the window. Absent: the orders never reach that tier. So at any instant t from the latest order on,
 * the tier is the highest whose instant is after t (`tierAt`), which a read store can evaluate per
 * customer in a query instead of summing each customer's orders.
 */
export function tierHeldUntil(orders: readonly OrderFact[]): Partial<Record<Exclude<ValueTier, 'low'>, string>> {
  const newestFirst = orders.filter((order) => order.currency === VALUE_CURRENCY).sort((a, b) => Date.parse(b.orderedAt) - Date.parse(a.orderedAt));
  const held: Partial<Record<Exclude<ValueTier, 'low'>, string>> = {};
  let spend = 0;
  for (const order of newestFirst) {
    spend += order.amount;
    // Spend stays ≥ the threshold while this order (and so every newer one) is inside the window.
    const until = new Date(Date.parse(order.orderedAt) + TRAILING_12_MONTHS_DAYS * DAY_MS).toISOString();
    for (const tier of RANKED_TIERS) if (held[tier] === undefined && spend >= VALUE_TIER_THRESHOLDS[tier]) held[tier] = until;
  }
  return held;
}

/** The tier at `at` (not before the latest order) from `tierHeldUntil`. */
export function tierAt(held: Partial<Record<Exclude<ValueTier, 'low'>, string>>, at: Date): ValueTier {
  return RANKED_TIERS.find((tier) => held[tier] !== undefined && Date.parse(held[tier]) > at.getTime()) ?? 'low';
}

/** Lifetime spend in VALUE_CURRENCY (minor units). */
export const lifetimeSpend = (orders: readonly OrderFact[]): number => totalOf(orders.filter((order) => order.currency === VALUE_CURRENCY));

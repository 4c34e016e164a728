import { DAY_MS, trailing12MonthSpend as trailingSpendOf, VALUE_CURRENCY, valueTierOf, type ValueTier } from '#domain';
import type { CustomerProfileDocument } from './customer-profile.document.js';

// SPEC §5 value tiers and churn risk, computed at query time from the document's facts and "now".

export type ChurnRiskLevel = 'high' | 'medium' | 'low';

export interface ValueMetrics {
  trailing12MonthSpend: number;
  currency: string;
  orderCount: number;
  lastOrderAt?: string;
  tier: ValueTier;
}

export interface ChurnRisk {
  score: number;
  level: ChurnRiskLevel;
  reasons: string[];
}

export function valueMetricsOf(customer: CustomerProfileDocument, now: Date): ValueMetrics {
  const trailing12MonthSpend = trailingSpendOf(customer.orders, now);
  return {
    trailing12MonthSpend,
    currency: VALUE_CURRENCY,
    orderCount: customer.orderCount,
    ...(customer.lastOrderAt ? { lastOrderAt: customer.lastOrderAt } : {}),
    tier: valueTierOf(trailing12MonthSpend),
  };
}

/** Undefined for churned customers: there is nothing left to lose. */
export function churnRiskOf(customer: CustomerProfileDocument, now: Date): ChurnRisk | undefined {
  if (customer.status === 'churned') return undefined;
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(reason);
  };

  const quietDays = daysBetween(customer.activityAt, now);
  const what = customer.lastInteractionAt ? 'since the last follow-up or order' : 'since registration without any follow-up or order';
  if (quietPoints(quietDays) > 0) add(quietPoints(quietDays), `${quietDays} days ${what}`);

  if (customer.lastFollowUpResult === 'not_interested') add(25, 'last follow-up: not interested');
  else if (customer.lastFollowUpResult === 'needs_follow_up') add(10, 'last follow-up: needs follow-up');

  if (customer.status === 'won') {
    if (customer.lastOrderAt === undefined) add(20, 'won customer without any order');
    else if (daysBetween(customer.lastOrderAt, now) >= 180) add(20, `won customer: no order for ${daysBetween(customer.lastOrderAt, now)} days`);
  }

  if (customer.nextFollowUpAt !== undefined && customer.nextFollowUpAt < now.toISOString()) {
    add(15, `planned follow-up overdue since ${customer.nextFollowUpAt.slice(0, 10)}`);
  }

  score = Math.min(100, score);
  return { score, level: score >= 60 ? 'high' : score >= 30 ? 'medium' : 'low', reasons };
}

/** Points for days without interaction: the only part of the score that grows with time. */
function quietPoints(quietDays: number): number {
  return quietDays >= 90 ? 40 : quietDays >= 60 ? 30 : quietDays >= 30 ? 15 : 0;
}

/** Points other than quietness can add at most this much (follow-up 25, won without orders 20, overdue 15). */
const OTHER_POINTS_MAX = 60;

/**
 * The highest churn score a customer whose last activity was at `activityAt` can have now: it falls
 * as activityAt gets more recent, so a scan in activityAt order can stop once it is beaten.
 */
export function churnScoreCeiling(activityAt: string, now: Date): number {
  return Math.min(100, quietPoints(daysBetween(activityAt, now)) + OTHER_POINTS_MAX);
}

function daysBetween(from: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(from)) / DAY_MS));
}

import { DAY_MS, type RfmSegment } from '#domain';
import type { CustomerRfmDocument } from './customer-rfm.document.js';

// LTV (seed 000, table 3: 客戶生命週期價值, 預測未來3年總貢獻值): average order value × purchases per year ×
// expected lifetime in years, the lifetime churn-adjusted by the RFM segment and capped at 3 years.

export const LTV_HORIZON_YEARS = 3;
const YEAR_MS = 365 * DAY_MS;

/** Expected remaining years by what R and F say about the customer (M does not change how long they stay). */
const LIFETIME_YEARS: Record<string, number> = { value: 3, develop: 2, keep: 1.5, retain: 0.5 };

export interface LifetimeValue {
  /** CNY minor units over the horizon. */
  value: number;
  averageOrderValue: number;
  purchasesPerYear: number;
  expectedLifetimeYears: number;
  horizonYears: typeof LTV_HORIZON_YEARS;
  currency: 'CNY';
}

/** Purchases per year over the years since the first order, at least one (a first-month buyer is not 12 a year). */
export function lifetimeValueOf(doc: CustomerRfmDocument, segment: RfmSegment, at: Date): LifetimeValue {
  const averageOrderValue = Math.round(doc.spend / doc.orders);
  const observedYears = Math.max(1, (at.getTime() - Date.parse(doc.firstOrderAt ?? doc.lastOrderAt ?? at.toISOString())) / YEAR_MS);
  const purchasesPerYear = Math.round((doc.orders / observedYears) * 100) / 100;
  const expectedLifetimeYears = doc.status === 'churned' ? 0 : Math.min(LTV_HORIZON_YEARS, LIFETIME_YEARS[segment.split('_')[1]]);
  return {
    value: Math.round(averageOrderValue * purchasesPerYear * expectedLifetimeYears),
    averageOrderValue,
    purchasesPerYear,
    expectedLifetimeYears,
    horizonYears: LTV_HORIZON_YEARS,
    currency: 'CNY',
  };
}

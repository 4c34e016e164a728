import { DAY_MS, rfmSegmentOf, type RfmSegment, type RfmThresholds, type ScoreEdges } from '#domain';
import type { DocumentFilter } from '#read-store';
import type { CustomerRfmDocument } from './customer-rfm.document.js';

// RFM at query time (seed 003: 最近消費時間, 消費頻率, 消費金額): R from the days since the last order as of
// `at` (the injected clock, or an `at` the caller names), F and M over all time, each scored 1–5 against
// the admin's thresholds (analytics-settings). Customers without a CNY order have no RFM.

export interface RfmScores {
  recencyDays: number;
  frequency: number;
  /** CNY minor units. */
  monetary: number;
  r: number;
  f: number;
  m: number;
  /** The three scores as one code, e.g. `545`. */
  score: string;
  segment: RfmSegment;
}

/** 5 for at most edges[0] days, … 2 for at most edges[3], else 1. */
export function recencyScore(days: number, edges: ScoreEdges): number {
  const within = edges.findIndex((edge) => days <= edge);
  return within === -1 ? 1 : 5 - within;
}

/** 1 below edges[0], 2 from edges[0], … 5 from edges[3]. */
export function amountScore(value: number, edges: ScoreEdges): number {
  return 1 + edges.filter((edge) => value >= edge).length;
}

const daysSince = (instant: string, at: Date): number => Math.max(0, Math.floor((at.getTime() - Date.parse(instant)) / DAY_MS));

export function rfmOf(doc: CustomerRfmDocument, thresholds: RfmThresholds, at: Date): RfmScores | undefined {
  if (doc.orders === 0 || doc.lastOrderAt === undefined) return undefined;
  const recencyDays = daysSince(doc.lastOrderAt, at);
  const r = recencyScore(recencyDays, thresholds.recencyDays);
  const f = amountScore(doc.orders, thresholds.frequency);
  const m = amountScore(doc.spend, thresholds.monetary);
  return { recencyDays, frequency: doc.orders, monetary: doc.spend, r, f, m, score: `${r}${f}${m}`, segment: rfmSegmentOf(r, f, m) };
}

/**
 * The customers of a segment as a read-store filter on the RFM documents (above the middle is score 3 or
 * more: R within recencyDays[2] days, F from frequency[1] orders, M from monetary[1]).
 */
export function segmentFilter(segment: RfmSegment, thresholds: RfmThresholds, at: Date): DocumentFilter {
  const [importance, kind] = segment.split('_') as ['important' | 'general', 'value' | 'keep' | 'develop' | 'retain'];
  const recent = kind === 'value' || kind === 'develop';
  const frequent = kind === 'value' || kind === 'keep';
  // Whole days since the last order are at most N exactly when the order is later than N + 1 days before `at`.
  const recentFrom = new Date(at.getTime() - (thresholds.recencyDays[2] + 1) * DAY_MS + 1).toISOString();
  return {
    range: {
      lastOrderAt: recent ? { gte: recentFrom } : { lt: recentFrom },
      orders: frequent ? { gte: thresholds.frequency[1] } : { gte: 1, lt: thresholds.frequency[1] },
      spend: importance === 'important' ? { gte: thresholds.monetary[1] } : { lt: thresholds.monetary[1] },
    },
  };
}

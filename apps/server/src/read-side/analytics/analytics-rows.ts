import type { ChurnRiskItem } from './churn-risk/churn-risk.query.js';
import type { FunnelAnswer } from './funnel/funnel.query.js';

// The CSV rows of the analytics answers (one per item, nested values flattened), shared by
// /v1/analytics and the named reports of /v1/reports that present them.

export const funnelRows = (answer: FunnelAnswer): Record<string, unknown>[] =>
  answer.groups.map((g) => ({
    group: g.key,
    registered: g.registered,
    ...prefixed('reached', g.reached),
    ...prefixed('conversion', g.conversion),
    ...prefixed('medianDays', g.medianDays),
    ...prefixed('current', g.current),
  }));

export const churnRiskRows = (answer: { items: ChurnRiskItem[] }): Record<string, unknown>[] =>
  answer.items.map(({ churnRisk, ...item }) => ({ ...item, score: churnRisk.score, level: churnRisk.level, reasons: churnRisk.reasons.join('; ') }));

function prefixed(prefix: string, values: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [`${prefix}.${key}`, value]));
}

import { CUSTOMER_PROFILES } from '#projections';
import type { DocumentFilter, GroupExpression, ReadStore } from '#read-store';
import type { PivotDimension } from './pivot-vocabulary.js';
import { zonePeriods } from './zone-periods.js';

/**
 * Where each dimension is read on the customer profile. Segment and lifecycle stage are the RFM and
 * lifecycle projections' fields (`rfm.segment`, `lifecycleStage`): null until those exist.
 */
const PATHS: Partial<Record<PivotDimension, string>> = {
  segment: 'rfm.segment',
  lifecycleStage: 'lifecycleStage',
  industry: 'industry',
  region: 'region',
  source: 'source',
  owner: 'ownerId',
  tag: 'tags',
  status: 'status',
  type: 'type',
};

/** The value tier at `now` from the lapse instants the profile keeps (tierHeldUntil), evaluated by the store. */
const tierAt = (now: Date): GroupExpression => ({
  cases: [
    { when: { path: 'highTierUntil', gt: now.toISOString() }, then: 'high' },
    { when: { path: 'potentialTierUntil', gt: now.toISOString() }, then: 'potential' },
    { when: { path: 'normalTierUntil', gt: now.toISOString() }, then: 'normal' },
  ],
  otherwise: 'low',
});

/** Months and quarters of registration in the deployment's zone, as ranges of registeredAt. */
async function registrationPeriods(store: ReadStore, filter: DocumentFilter, granularity: 'month' | 'quarter', timeZone: string): Promise<GroupExpression> {
  const edge = async (direction: 'asc' | 'desc') =>
    (await store.list<{ id: string; registeredAt: string }>(CUSTOMER_PROFILES, { filter, sort: { field: 'registeredAt', direction }, limit: 1 })).items[0]
      ?.registeredAt;
  const [first, last] = await Promise.all([edge('asc'), edge('desc')]);
  if (first === undefined || last === undefined) return { cases: [], otherwise: null };
  const periods = zonePeriods(first, last, granularity, timeZone);
  return { cases: periods.map((period) => ({ when: { path: 'registeredAt', lt: period.end }, then: period.label })), otherwise: null };
}

export async function dimensionExpression(
  dimension: PivotDimension,
  context: { store: ReadStore; filter: DocumentFilter; now: Date; timeZone: string },
): Promise<GroupExpression> {
  if (dimension === 'tier') return tierAt(context.now);
  if (dimension === 'month' || dimension === 'quarter') return registrationPeriods(context.store, context.filter, dimension, context.timeZone);
  return { path: PATHS[dimension] as string };
}

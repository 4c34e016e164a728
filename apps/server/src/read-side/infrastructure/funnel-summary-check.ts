import { FUNNEL_MEMBERS, FUNNEL_MONTHS, salesFunnelProjection } from '#projections';
import type { ReadStore } from '#read-store';

/** The projection to rebuild when a data directory predates the funnel's summary rows. */
export const SUMMARISED_FUNNEL = salesFunnelProjection.name;

/**
 * A read.db written before the sales funnel kept month and day counts has its members and no counts: the
 * funnel would answer zeros for every customer registered before the upgrade until the model is rebuilt.
 */
export async function funnelSummaryMissing(store: ReadStore): Promise<boolean> {
  return (await store.count(FUNNEL_MONTHS)) === 0 && (await store.count(FUNNEL_MEMBERS)) > 0;
}

import type { AnalyticsSettings, LifecycleStage, RfmSegment } from '#domain';
import { CUSTOMER_PROFILES, type CustomerProfileDocument } from '#projections';
import type { DocumentFilter, KeysetPosition, ReadStore, SortOrder } from '#read-store';
import type { CustomerValueModelReader } from '../../analytics/value-models/customer-value-models.js';
import { valueModelsOf } from '../../analytics/value-models/customer-value-models.js';

/** Profiles read per request at most when filtering by a value model: a rare segment answers a short page with a cursor. */
const MAX_SCANNED = 5000;

export interface ValueModelWanted {
  segment?: RfmSegment;
  lifecycleStage?: LifecycleStage;
}

/**
 * A page of profiles whose segment or lifecycle stage (computed as of now, as on the profile) is the one
 * asked for. Those depend on time and on the thresholds, so they cannot be indexed: the profiles are read
 * in the list's order and kept when they match, up to MAX_SCANNED a request.
 */
export async function pageByValueModel(
  store: ReadStore,
  reader: CustomerValueModelReader,
  query: { filter: DocumentFilter; sort: SortOrder; after?: KeysetPosition; limit: number },
  wanted: ValueModelWanted,
  settings: AnalyticsSettings,
  now: Date,
): Promise<{ items: CustomerProfileDocument[]; next?: KeysetPosition }> {
  const items: CustomerProfileDocument[] = [];
  let after = query.after;
  let scanned = 0;
  for (;;) {
    const page = await store.list<CustomerProfileDocument>(CUSTOMER_PROFILES, { ...query, after, limit: Math.min(500, MAX_SCANNED - scanned) });
    for (const doc of page.items) {
      scanned += 1;
      after = { value: doc[query.sort.field] as string, id: doc.id };
      const models = valueModelsOf(await reader.documents(doc.id), settings, now, false);
      const segment = models.rfm && 'segment' in models.rfm ? models.rfm.segment : undefined;
      if (wanted.segment !== undefined && segment !== wanted.segment) continue;
      if (wanted.lifecycleStage !== undefined && models.lifecycleStage !== wanted.lifecycleStage) continue;
      items.push(doc);
      if (items.length === query.limit) return { items, ...(page.next || page.items.at(-1) !== doc ? { next: after } : {}) };
    }
    if (!page.next) return { items };
    if (scanned >= MAX_SCANNED) return { items, next: after };
  }
}

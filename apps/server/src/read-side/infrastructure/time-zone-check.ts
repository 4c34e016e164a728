import { ORDER_VALUE_BY_MONTH, VALUE_TREND_ZONE, VALUE_TREND_ZONE_ID, type ValueTrendZoneDocument } from '#projections';
import type { ReadStore } from '#read-store';

/** The zone a read model's months were cut in, against TIME_ZONE. */
export interface TimeZoneCheck {
  configured: string;
  /** null: no month was cut yet, or the model predates TIME_ZONE (its months are UTC). */
  readModel: string | null;
  /** The months are not those of TIME_ZONE: rebuild the projection. */
  rebuildNeeded: boolean;
}

/** The value trend is the one read model cut into months; the RFM and lifecycle models keep instants and cut at query time. */
export const ZONED_PROJECTION = 'value-trend';

export async function valueTrendZoneCheck(store: ReadStore, configured: string): Promise<TimeZoneCheck> {
  const stored = await store.get<ValueTrendZoneDocument>(VALUE_TREND_ZONE, VALUE_TREND_ZONE_ID);
  const readModel = stored?.document.timeZone ?? null;
  const rebuildNeeded = readModel === null ? (await store.count(ORDER_VALUE_BY_MONTH)) > 0 : readModel !== configured;
  return { configured, readModel, rebuildNeeded };
}

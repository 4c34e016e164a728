import type { RecordedEvent } from '#event-store';
import type { CollectionSpec, ReadDocument } from '#read-store';
import { calendarMonth } from '#shared';
import { customerEventOf } from '../customer-event.js';
import type { Projection, ProjectionDocuments } from '../projection.js';

export const ORDER_VALUE_BY_MONTH = 'order-value-by-month';
/** One document: the time zone the months were cut in, so a start with another TIME_ZONE can say a rebuild is due. */
export const VALUE_TREND_ZONE = 'value-trend-zone';
export const VALUE_TREND_ZONE_ID = 'time-zone';

/** Orders per calendar month (in the deployment's TIME_ZONE) of orderedAt and currency; quarters are sums of months. */
export interface MonthlyOrderValueDocument extends ReadDocument {
  id: string;
  month: string;
  currency: string;
  amount: number;
  orders: number;
}

export interface ValueTrendZoneDocument extends ReadDocument {
  id: typeof VALUE_TREND_ZONE_ID;
  timeZone: string;
}

const orderValueByMonthCollection: CollectionSpec = {
  name: ORDER_VALUE_BY_MONTH,
  fields: { month: 'text', currency: 'text' },
};

const valueTrendZoneCollection: CollectionSpec = { name: VALUE_TREND_ZONE, fields: { timeZone: 'text' } };

/** `sign` −1 takes an order out again (its customer was archived). */
export function addOrder(
  current: MonthlyOrderValueDocument | undefined,
  month: string,
  currency: string,
  amount: number,
  sign: 1 | -1 = 1,
): MonthlyOrderValueDocument {
  const base = current ?? { id: `${month}|${currency}`, month, currency, amount: 0, orders: 0 };
  return { ...base, amount: base.amount + sign * amount, orders: base.orders + sign };
}

async function count(
  documents: ProjectionDocuments,
  order: { orderedAt: string; currency: string; amount: number },
  sign: 1 | -1,
  timeZone: string,
): Promise<void> {
  const month = calendarMonth(order.orderedAt, timeZone);
  const current = await documents.get<MonthlyOrderValueDocument>(ORDER_VALUE_BY_MONTH, `${month}|${order.currency}`);
  documents.put(ORDER_VALUE_BY_MONTH, addOrder(current, month, order.currency, order.amount, sign));
}

/** The value trend cut into the months of `timeZone`: another zone gives other buckets, so changing it needs a rebuild. */
export function valueTrendProjection(timeZone: string): Projection {
  return {
    name: 'value-trend',
    collections: [orderValueByMonthCollection, valueTrendZoneCollection],
    async apply(recorded: RecordedEvent, documents: ProjectionDocuments): Promise<void> {
      const event = customerEventOf(recorded);
      // The decider never records an orderId twice, so each OrderRecorded is one new order. A merge
      // moves orders between customers and leaves the totals as they are; an archive takes its orders out.
      if (event?.type === 'OrderRecorded') await count(documents, event.data, 1, timeZone);
      else if (event?.type === 'CustomerArchived') for (const order of event.data.orders) await count(documents, order, -1, timeZone);
      else if (event?.type === 'CustomerRestored') for (const order of event.data.orders) await count(documents, order, 1, timeZone);
      else return;
      const zone = await documents.get<ValueTrendZoneDocument>(VALUE_TREND_ZONE, VALUE_TREND_ZONE_ID);
      if (zone?.timeZone !== timeZone) documents.put(VALUE_TREND_ZONE, { id: VALUE_TREND_ZONE_ID, timeZone });
    },
  };
}

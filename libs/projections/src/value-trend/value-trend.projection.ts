import type { RecordedEvent } from '#event-store';
import type { CollectionSpec, ReadDocument } from '#read-store';
import { customerEventOf } from '../customer-event.js';
import type { Projection, ProjectionDocuments } from '../projection.js';

export const ORDER_VALUE_BY_MONTH = 'order-value-by-month';

/** Orders per calendar month (UTC) of orderedAt and currency; quarters are sums of months. */
export interface MonthlyOrderValueDocument extends ReadDocument {
  id: string;
  month: string;
  currency: string;
  amount: number;
  orders: number;
}

const orderValueByMonthCollection: CollectionSpec = {
  name: ORDER_VALUE_BY_MONTH,
  fields: { month: 'text', currency: 'text' },
};

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

async function count(documents: ProjectionDocuments, order: { orderedAt: string; currency: string; amount: number }, sign: 1 | -1): Promise<void> {
  const month = order.orderedAt.slice(0, 7);
  const current = await documents.get<MonthlyOrderValueDocument>(ORDER_VALUE_BY_MONTH, `${month}|${order.currency}`);
  documents.put(ORDER_VALUE_BY_MONTH, addOrder(current, month, order.currency, order.amount, sign));
}

export const valueTrendProjection: Projection = {
  name: 'value-trend',
  collections: [orderValueByMonthCollection],
  async apply(recorded: RecordedEvent, documents: ProjectionDocuments): Promise<void> {
    const event = customerEventOf(recorded);
    // The decider never records an orderId twice, so each OrderRecorded is one new order. A merge
    // moves orders between customers and leaves the totals as they are; an archive takes its orders out.
    if (event?.type === 'OrderRecorded') await count(documents, event.data, 1);
    if (event?.type === 'CustomerArchived') for (const order of event.data.orders) await count(documents, order, -1);
    if (event?.type === 'CustomerRestored') for (const order of event.data.orders) await count(documents, order, 1);
  },
};

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

export function addOrder(current: MonthlyOrderValueDocument | undefined, month: string, currency: string, amount: number): MonthlyOrderValueDocument {
  const base = current ?? { id: `${month}|${currency}`, month, currency, amount: 0, orders: 0 };
  return { ...base, amount: base.amount + amount, orders: base.orders + 1 };
}

export const valueTrendProjection: Projection = {
  name: 'value-trend',
  collections: [orderValueByMonthCollection],
  async apply(recorded: RecordedEvent, documents: ProjectionDocuments): Promise<void> {
    const event = customerEventOf(recorded);
    // The decider never records an orderId twice, so each OrderRecorded is one new order.
    if (event?.type !== 'OrderRecorded') return;
    const { orderedAt, currency, amount } = event.data;
    const month = orderedAt.slice(0, 7);
    const current = await documents.get<MonthlyOrderValueDocument>(ORDER_VALUE_BY_MONTH, `${month}|${currency}`);
    documents.put(ORDER_VALUE_BY_MONTH, addOrder(current, month, currency, amount));
  },
};

import { VALUE_CURRENCY } from '#domain';
import type { RecordedEvent } from '#event-store';
import { customerEventOf } from '../customer-event.js';
import { customerIdOf } from '../customer-profiles/evolve-customer-profile.js';
import type { Projection, ProjectionDocuments } from '../projection.js';
import { CUSTOMER_RFM, customerRfmCollection, type CustomerRfmDocument } from './customer-rfm.document.js';

const earlier = (a: string | undefined, b: string): string => (a === undefined || b < a ? b : a);
const later = (a: string | undefined, b: string): string => (a === undefined || b > a ? b : a);

export const rfmProjection: Projection = {
  name: 'customer-rfm',
  collections: [customerRfmCollection],
  async apply(recorded: RecordedEvent, documents: ProjectionDocuments): Promise<void> {
    const event = customerEventOf(recorded);
    if (!event) return;
    const id = customerIdOf(recorded);
    if (event.type === 'CustomerRegistered') {
      documents.put(CUSTOMER_RFM, { id, ownerId: event.data.ownerId, status: event.data.status, orders: 0, spend: 0 } satisfies CustomerRfmDocument);
      return;
    }
    if (event.type !== 'OrderRecorded' && event.type !== 'CustomerOwnerChanged' && event.type !== 'CustomerStatusChanged') return;
    const current = await documents.get<CustomerRfmDocument>(CUSTOMER_RFM, id);
    if (!current) return;
    switch (event.type) {
      case 'OrderRecorded': {
        // The decider never records an orderId twice, so each OrderRecorded is one new order.
        const { amount, currency, orderedAt } = event.data;
        if (currency !== VALUE_CURRENCY) return;
        documents.put(CUSTOMER_RFM, {
          ...current,
          orders: current.orders + 1,
          spend: current.spend + amount,
          firstOrderAt: earlier(current.firstOrderAt, orderedAt),
          lastOrderAt: later(current.lastOrderAt, orderedAt),
        });
        return;
      }
      case 'CustomerOwnerChanged':
        documents.put(CUSTOMER_RFM, { ...current, ownerId: event.data.to });
        return;
      case 'CustomerStatusChanged':
        documents.put(CUSTOMER_RFM, { ...current, status: event.data.to });
        return;
    }
  },
};

import type { CustomerStatus } from '#domain';
import type { CollectionSpec, ReadDocument } from '#read-store';

export const CUSTOMER_RFM = 'customer-rfm';

/**
 * A customer's order facts for RFM and LTV: all time, CNY orders only (value never converts
 * currencies). Scores depend on "now" and on the admin's thresholds, so they are computed at
 * query time (rfm-scores.ts); the document holds facts only and equals a clean rebuild.
 */
export interface CustomerRfmDocument extends ReadDocument {
  id: string;
  ownerId: string;
  status: CustomerStatus;
  /** CNY orders, all time. */
  orders: number;
  /** CNY minor units, all time. */
  spend: number;
  firstOrderAt?: string;
  lastOrderAt?: string;
}

export const customerRfmCollection: CollectionSpec = {
  name: CUSTOMER_RFM,
  fields: { ownerId: 'text', orders: 'number', spend: 'number', lastOrderAt: 'text' },
};

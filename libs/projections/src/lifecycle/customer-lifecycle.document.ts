import type { CollectionSpec, ReadDocument } from '#read-store';

export const CUSTOMER_LIFECYCLE = 'customer-lifecycle';

/**
 * The business times a customer's lifecycle stage follows from: registration, the first order, every
 * order and follow-up (activity), and the moves into and out of `churned`. Stages depend on the
 * admin's thresholds and on time passing, so they are computed at query time (lifecycle-stages.ts).
 */
export interface CustomerLifecycleDocument extends ReadDocument {
  id: string;
  ownerId: string;
  registeredAt: string;
  firstOrderAt?: string;
  /** Orders and follow-ups, ascending, without repeats. */
  activity: string[];
  /** Changes of status into (`true`) and out of (`false`) churned, ascending by business time. */
  churn: { at: string; churned: boolean }[];
}

export const customerLifecycleCollection: CollectionSpec = {
  name: CUSTOMER_LIFECYCLE,
  fields: { ownerId: 'text', registeredAt: 'text' },
};

import type { CollectionSpec, ReadDocument } from '#read-store';

export const CUSTOMER_MATCH_KEYS = 'customer-match-keys';

/** One customer's match keys (match-keys.ts) and what they are made from, so a partial update can recompute them. */
export interface CustomerMatchKeysDocument extends ReadDocument {
  id: string;
  ownerId: string;
  name: string;
  region: string;
  phone?: string;
  email?: string;
  keys: string[];
}

export const customerMatchKeysCollection: CollectionSpec = {
  name: CUSTOMER_MATCH_KEYS,
  fields: { ownerId: 'text' },
  multiValued: ['keys'],
};

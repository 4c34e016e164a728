import type { CustomerSource, CustomerStatus, CustomerTag, CustomerType, Contact, EnterpriseSize, FollowUpResult, OrderFact } from '#domain';
import type { CollectionSpec, ReadDocument } from '#read-store';

export const CUSTOMER_PROFILES = 'customer-profiles';

/**
 * The list/detail document of a customer. It stores facts only; values that depend on "now"
 * (trailing spend, value tier, churn risk) are computed at query time with the injected clock.
 */
export interface CustomerProfileDocument extends ReadDocument {
  id: string;
  code: string;
  name: string;
  type: CustomerType;
  contact: Contact;
  industry: string;
  region: string;
  source: CustomerSource;
  size?: EnterpriseSize;
  firstContactAt?: string;
  needs?: string;
  notes?: string;
  status: CustomerStatus;
  statusChangedAt: string;
  ownerId: string;
  /** Tag names (indexed for the `tag` filter); `tagDetails` keeps source and rule. */
  tags: string[];
  tagDetails: CustomerTag[];
  registeredAt: string;
  updatedAt: string;
  revision: number;
  followUpCount: number;
  lastFollowUpAt?: string;
  lastFollowUpResult?: FollowUpResult;
  nextFollowUpAt?: string;
  orders: OrderFact[];
  orderCount: number;
  lastOrderAt?: string;
  lastInteractionAt?: string;
  /** lastInteractionAt, else registeredAt: never null, so it can order a keyset page. */
  activityAt: string;
}

export const customerProfilesCollection: CollectionSpec = {
  name: CUSTOMER_PROFILES,
  fields: {
    code: 'text',
    name: 'text',
    status: 'text',
    ownerId: 'text',
    industry: 'text',
    region: 'text',
    source: 'text',
    type: 'text',
    registeredAt: 'text',
    updatedAt: 'text',
    activityAt: 'text',
  },
  multiValued: ['tags'],
  searchable: ['name', 'code', 'contact.name', 'contact.phone', 'contact.email'],
  // The list filters with the default order (newest first): a filtered page is read, not sorted.
  compositeIndexes: [
    ['status', 'registeredAt'],
    ['industry', 'registeredAt'],
    ['region', 'registeredAt'],
    ['ownerId', 'registeredAt'],
  ],
};

import type { CustomerSource, CustomerStatus, CustomerTag, CustomerType, Contact, EnterpriseSize, FollowUpResult, OrderFact } from '#domain';
import type { CollectionSpec, ReadDocument } from '#read-store';

export const CUSTOMER_PROFILES = 'customer-profiles';
/**
 * Merged and archived customers' documents: out of `customer-profiles`, so every list, search and
 * analytic over it leaves them out; GET by id reads here as well.
 */
export const RETIRED_CUSTOMER_PROFILES = 'retired-customer-profiles';

/** Searched by substring for everyone who may see the customer. */
export const CLEAR_SEARCH_PATHS = ['name', 'code', 'contact.name'] as const;
/** Masked unless the caller sees the contact in clear: substring search only then, else `searchKeys`. */
export const MASKABLE_SEARCH_PATHS = ['contact.phone', 'contact.email'] as const;

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
  /** Lifetime CNY spend (minor units): the pivot's spend, summed by the store. */
  spendTotal?: number;
  /** `tierHeldUntil` of the orders: the pivot's value tier, evaluated by the store at query time. */
  highTierUntil?: string;
  potentialTierUntil?: string;
  normalTierUntil?: string;
  lastOrderAt?: string;
  lastInteractionAt?: string;
  /** lastInteractionAt, else registeredAt: never null, so it can order a keyset page. */
  activityAt: string;
  /** Complaints not yet resolved, oldest first; `oldestOpenComplaintAt` (indexed) lets the scheduler find overdue ones. */
  openComplaints?: { followUpId: string; at: string }[];
  oldestOpenComplaintAt?: string;
  lastInquiryAt?: string;
  /** Exact-match keys of the masked contact fields (customer-search-keys.ts); never returned to callers. */
  searchKeys: string[];
  /** Set while merged: the survivor. */
  mergedInto?: string;
  /** Set while archived. */
  archivedAt?: string;
  /** `archived` or `merged` in RETIRED_CUSTOMER_PROFILES (indexed there), absent on live customers. */
  retired?: 'archived' | 'merged';
  /** Missing and invalid values under today's rules (quality-flags.ts), for `?quality=` and the data-quality report. */
  qualityFlags: string[];
}

/** Where the document lives: retired while merged or archived. */
export const retiredAs = (document: CustomerProfileDocument): CustomerProfileDocument['retired'] =>
  document.mergedInto !== undefined ? 'merged' : document.archivedAt !== undefined ? 'archived' : undefined;

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
    oldestOpenComplaintAt: 'text',
    orderCount: 'number',
    spendTotal: 'number',
    highTierUntil: 'text',
    potentialTierUntil: 'text',
    normalTierUntil: 'text',
  },
  // Read by the pivot's GROUP BY from their columns; nothing filters or sorts on them (highTierUntil: the high-value report does).
  unindexed: ['orderCount', 'spendTotal', 'potentialTierUntil', 'normalTierUntil'],
  multiValued: ['tags', 'searchKeys', 'qualityFlags'],
  searchable: [...CLEAR_SEARCH_PATHS, ...MASKABLE_SEARCH_PATHS],
  // The list filters with the default order (newest first): a filtered page is read, not sorted.
  compositeIndexes: [
    ['status', 'registeredAt'],
    ['industry', 'registeredAt'],
    ['region', 'registeredAt'],
    ['ownerId', 'registeredAt'],
  ],
  // What the pivot groups, sums and filters by (pivot-dimensions.ts): its GROUP BY scans this index instead of
  // the documents, about a tenth of the bytes. Owner first, so a sales rep's or a team's pivot reads its part only.
  coveringIndex: [
    'ownerId',
    'registeredAt',
    'status',
    'industry',
    'region',
    'source',
    'type',
    'highTierUntil',
    'potentialTierUntil',
    'normalTierUntil',
    'spendTotal',
    'orderCount',
  ],
};

export const retiredCustomerProfilesCollection: CollectionSpec = {
  ...customerProfilesCollection,
  name: RETIRED_CUSTOMER_PROFILES,
  fields: { ...customerProfilesCollection.fields, retired: 'text' },
  compositeIndexes: [['retired', 'registeredAt']],
};

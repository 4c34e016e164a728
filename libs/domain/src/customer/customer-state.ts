import type { AbsorbedMerge, FollowUpRef, MergedInto } from './customer-merge.js';
import type { CustomerReminder } from './customer-reminders.js';
import type { CustomerProfile, CustomerStatus, ServiceCategory, TagSource } from './customer-vocabulary.js';
import type { OrderFact } from './customer-value.js';

export interface CustomerTag {
  tag: string;
  source: TagSource;
  ruleId?: string;
}

/** A complaint recorded as a follow-up, open until resolved. */
interface CustomerComplaint {
  followUpId: string;
  at: string;
  category?: ServiceCategory;
  resolvedAt?: string;
}

export interface RegisteredCustomer extends CustomerProfile {
  kind: 'registered';
  customerId: string;
  code: string;
  ownerId: string;
  status: CustomerStatus;
  registeredAt: string;
  tags: CustomerTag[];
  orderIds: string[];
  followUpCount: number;
  lastFollowUpAt?: string;
  lastOrderAt?: string;
  reminders: CustomerReminder[];
  complaints: CustomerComplaint[];
  /** The newest inquiry follow-up in business time. */
  lastInquiryAt?: string;
  /** Set by CustomerPersonalDataErased: name and contact read as `[erased]` from then on. */
  personalDataErased?: boolean;
  /** The follow-ups and orders the customer holds now (a merge moves them to the survivor). */
  followUps?: FollowUpRef[];
  orders?: OrderFact[];
  /** Set by CustomerMergedInto, removed by CustomerUnmerged. */
  mergedInto?: MergedInto;
  /** Merges this customer absorbed and has not given back. */
  absorbed?: AbsorbedMerge[];
  /** Set by CustomerArchived, removed by CustomerRestored. */
  archived?: { at: string; reason: string };
}

/** A customer is either not yet registered or registered; the fold of its stream decides which. */
export type CustomerState = { kind: 'unregistered' } | RegisteredCustomer;

export const initialCustomerState = (): CustomerState => ({ kind: 'unregistered' });

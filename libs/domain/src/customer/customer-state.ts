import type { CustomerReminder } from './customer-reminders.js';
import type { CustomerProfile, CustomerStatus, ServiceCategory, TagSource } from './customer-vocabulary.js';

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
}

/** A customer is either not yet registered or registered; the fold of its stream decides which. */
export type CustomerState = { kind: 'unregistered' } | RegisteredCustomer;

export const initialCustomerState = (): CustomerState => ({ kind: 'unregistered' });

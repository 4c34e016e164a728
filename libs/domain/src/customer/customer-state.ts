import type { CustomerReminder } from './customer-reminders.js';
import type { CustomerProfile, CustomerStatus, TagSource } from './customer-vocabulary.js';

export interface CustomerTag {
  tag: string;
  source: TagSource;
  ruleId?: string;
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
  /** Set by CustomerPersonalDataErased: name and contact read as `[erased]` from then on. */
  personalDataErased?: boolean;
}

/** A customer is either not yet registered or registered; the fold of its stream decides which. */
export type CustomerState = { kind: 'unregistered' } | RegisteredCustomer;

export const initialCustomerState = (): CustomerState => ({ kind: 'unregistered' });

import type {
  Contact,
  CustomerProfile,
  EnteredValues,
  CustomerStatus,
  FollowUpMethod,
  FollowUpOutcome,
  FollowUpResult,
  TagSource,
} from './customer-vocabulary.js';
import type { ReminderEvent } from './customer-reminders.js';
import type { CustomerPersonalDataErased } from './personal-data-erasure.js';

// The facts of a customer's life (SPEC §4). `data` is what is stored; metadata travels beside it.

export type CustomerRegistered = {
  type: 'CustomerRegistered';
  data: CustomerProfile & {
    customerId: string;
    code: string;
    ownerId: string;
    status: CustomerStatus;
    registeredAt: string;
    /** The values as typed where they differ from the normalised ones above. */
    entered?: EnteredValues;
  };
};

type CustomerProfileUpdated = {
  type: 'CustomerProfileUpdated';
  /**
   * `cleared`: paths (`notes`, `contact.title`) whose value the update removed; absent when none.
   * `entered`: the changed values as typed where they differ from the normalised `changes`.
   */
  data: { customerId: string; changes: Partial<CustomerProfile>; cleared?: string[]; entered?: EnteredValues };
};

type CustomerStatusChanged = {
  type: 'CustomerStatusChanged';
  data: { customerId: string; from: CustomerStatus; to: CustomerStatus; reason: string; ruleId?: string };
};

export type FollowUpRecorded = {
  type: 'FollowUpRecorded';
  data: {
    customerId: string;
    followUpId: string;
    at: string;
    method: FollowUpMethod;
    content: string;
    result: FollowUpResult;
    nextFollowUpAt?: string;
    outcomes: FollowUpOutcome[];
    recordedBy: string;
  };
};

type OrderRecorded = {
  type: 'OrderRecorded';
  data: { customerId: string; orderId: string; amount: number; currency: string; orderedAt: string };
};

type CustomerTagged = {
  type: 'CustomerTagged';
  data: { customerId: string; tag: string; source: TagSource; ruleId?: string };
};

type CustomerUntagged = {
  type: 'CustomerUntagged';
  data: { customerId: string; tag: string; source: TagSource; ruleId?: string };
};

type CustomerOwnerChanged = {
  type: 'CustomerOwnerChanged';
  data: { customerId: string; from: string; to: string };
};

export type CustomerEvent =
  | CustomerRegistered
  | CustomerProfileUpdated
  | CustomerStatusChanged
  | FollowUpRecorded
  | OrderRecorded
  | CustomerTagged
  | CustomerUntagged
  | CustomerOwnerChanged
  | ReminderEvent
  | CustomerPersonalDataErased;

export type CustomerEventType = CustomerEvent['type'];

export const CUSTOMER_EVENT_TYPES: readonly CustomerEventType[] = [
  'CustomerRegistered',
  'CustomerProfileUpdated',
  'CustomerStatusChanged',
  'FollowUpRecorded',
  'OrderRecorded',
  'CustomerTagged',
  'CustomerUntagged',
  'CustomerOwnerChanged',
  'ReminderScheduled',
  'ReminderCompleted',
  'ReminderCancelled',
  'CustomerPersonalDataErased',
];

export type { Contact };

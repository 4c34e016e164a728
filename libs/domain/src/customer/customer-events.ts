import type {
  Contact,
  CustomerProfile,
  CustomerStatus,
  EnteredValues,
  FollowUpKind,
  FollowUpMethod,
  FollowUpOutcome,
  FollowUpResult,
  ServiceCategory,
  TagSource,
} from './customer-vocabulary.js';
import type { ReminderEvent } from './customer-reminders.js';
import type { CustomerPersonalDataErased } from './personal-data-erasure.js';
import type { MergeEvent } from './customer-merge.js';
import type { ArchiveEvent } from './customer-archive.js';

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
    /** Absent on follow-ups recorded before kinds existed: they read as `sales`. */
    kind?: FollowUpKind;
    category?: ServiceCategory;
    /** The customer's satisfaction, 1 (poor) to 5 (excellent). */
    satisfaction?: number;
  };
};

/** A complaint closed with its resolution, at its business time. */
export type ComplaintResolved = {
  type: 'ComplaintResolved';
  data: { customerId: string; followUpId: string; resolution: string; resolvedAt: string; resolvedBy: string };
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
  | ComplaintResolved
  | OrderRecorded
  | CustomerTagged
  | CustomerUntagged
  | CustomerOwnerChanged
  | ReminderEvent
  | CustomerPersonalDataErased
  | MergeEvent
  | ArchiveEvent;

export type CustomerEventType = CustomerEvent['type'];

export const CUSTOMER_EVENT_TYPES: readonly CustomerEventType[] = [
  'CustomerRegistered',
  'CustomerProfileUpdated',
  'CustomerStatusChanged',
  'FollowUpRecorded',
  'ComplaintResolved',
  'OrderRecorded',
  'CustomerTagged',
  'CustomerUntagged',
  'CustomerOwnerChanged',
  'ReminderScheduled',
  'ReminderCompleted',
  'ReminderCancelled',
  'CustomerPersonalDataErased',
  'CustomerMergedInto',
  'CustomerAbsorbed',
  'CustomerUnmerged',
  'CustomerAbsorptionReverted',
  'CustomerArchived',
  'CustomerRestored',
];

export type { Contact };

import type { ProfilePatch } from './profile-patch.js';
import type {
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
import type { ReminderCommand } from './customer-reminders.js';
import type { EraseCustomerPersonalData } from './personal-data-erasure.js';
import type { MergeCommand } from './customer-merge.js';
import type { ArchiveCommand } from './customer-archive.js';

// What a user (or a rule) asks of a customer. `now` comes from the injected clock, never from inside the domain.

/** What a registration records about the customer. */
export type Registration = CustomerProfile & { customerId: string; code: string; ownerId: string };

/**
 * `industries` is the configured list the industry must come from; it is checked, not recorded.
 * `entered`: the values as typed, where normalisation (before the command) changed them; recorded.
 */
export type RegisterCustomer = {
  type: 'RegisterCustomer';
  data: Registration & { industries: readonly string[]; entered?: EnteredValues };
  now: Date;
};

export type UpdateCustomerProfile = {
  type: 'UpdateCustomerProfile';
  data: { changes: ProfilePatch; industries: readonly string[]; entered?: EnteredValues };
  now: Date;
};

export type ChangeCustomerStatus = {
  type: 'ChangeCustomerStatus';
  data: { to: CustomerStatus; reason: string; ruleId?: string };
  now: Date;
};

export type RecordFollowUp = {
  type: 'RecordFollowUp';
  data: {
    followUpId: string;
    at?: Date;
    method: FollowUpMethod;
    content: string;
    result: FollowUpResult;
    nextFollowUpAt?: Date;
    outcomes?: FollowUpOutcome[];
    recordedBy: string;
    kind?: FollowUpKind;
    category?: ServiceCategory;
    satisfaction?: number;
  };
  now: Date;
};

export type ResolveComplaint = {
  type: 'ResolveComplaint';
  data: { followUpId: string; resolution: string; at?: Date; resolvedBy: string };
  now: Date;
};

export type RecordOrder = {
  type: 'RecordOrder';
  data: { orderId: string; amount: number; currency: string; orderedAt?: Date };
  now: Date;
};

export type TagCustomer = {
  type: 'TagCustomer';
  data: { tag: string; source: TagSource; ruleId?: string; maxTags: number };
  now: Date;
};

export type UntagCustomer = {
  type: 'UntagCustomer';
  data: { tag: string; source: TagSource; ruleId?: string };
  now: Date;
};

export type ChangeCustomerOwner = {
  type: 'ChangeCustomerOwner';
  data: { ownerId: string };
  now: Date;
};

export type CustomerCommand =
  | RegisterCustomer
  | UpdateCustomerProfile
  | ChangeCustomerStatus
  | RecordFollowUp
  | ResolveComplaint
  | RecordOrder
  | TagCustomer
  | UntagCustomer
  | ChangeCustomerOwner
  | ReminderCommand
  | EraseCustomerPersonalData
  | MergeCommand
  | ArchiveCommand;

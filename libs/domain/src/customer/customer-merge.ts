import type { CustomerReminder } from './customer-reminders.js';
import type { FollowUpResult, TagSource } from './customer-vocabulary.js';
import type { OrderFact } from './customer-value.js';
import type { ProfilePatch } from './profile-patch.js';

// Merging a duplicate into the customer that survives (issue 12 item 4). Two streams cannot be
// appended atomically: the merged stream records first, with the full list of what moves
// (CustomerMergedInto); the survivor then records the same list (CustomerAbsorbed), idempotently by
// `mergeId`, from the command itself or — after a crash between the two — from the merge relay.
// An unmerge runs the same way backwards: CustomerUnmerged on the merged stream first, then
// CustomerAbsorptionReverted on the survivor.

/** Profile fields whose value `take` may copy from the merged customer to the survivor. */
export const TAKEABLE_FIELDS = ['name', 'type', 'contact', 'industry', 'region', 'source', 'size', 'firstContactAt', 'needs', 'notes'] as const;
export type TakeableField = (typeof TAKEABLE_FIELDS)[number];

/** A follow-up as a merge moves it: the read side keeps the content under its id; the result feeds churn risk. */
export interface FollowUpRef {
  followUpId: string;
  at: string;
  result: FollowUpResult;
  nextFollowUpAt?: string;
}

/** What a merge moves: follow-ups and orders (whole), manual tags that fit, open reminders; `fields` are copied, not moved. */
export interface MergeMoves {
  followUps: FollowUpRef[];
  orders: OrderFact[];
  tags: { tag: string; source: TagSource; ruleId?: string }[];
  reminders: CustomerReminder[];
  fields: TakeableField[];
}

// ─── events ───

type CustomerMergedInto = {
  type: 'CustomerMergedInto';
  /** `tagsKept`: tags that stay with the merged customer (rule tags, tags the survivor has, tags over its limit). */
  data: { customerId: string; mergeId: string; into: string; reason: string; moved: MergeMoves; tagsKept: string[] };
};

type CustomerAbsorbed = {
  type: 'CustomerAbsorbed';
  /** `ownerId`: the survivor's owner, for read models that keep reminders per owner. */
  data: { customerId: string; mergeId: string; from: string; reason: string; moved: MergeMoves; ownerId: string };
};

type CustomerUnmerged = {
  type: 'CustomerUnmerged';
  /** `returned`: what comes back; items the survivor changed since the merge stay with it. */
  data: { customerId: string; mergeId: string; from: string; reason: string; returned: MergeMoves };
};

type CustomerAbsorptionReverted = {
  type: 'CustomerAbsorptionReverted';
  /** `lastFollowUp`: the survivor's latest follow-up once the returned ones are gone (read models need it). */
  data: { customerId: string; mergeId: string; from: string; reason: string; returned: MergeMoves; lastFollowUp?: FollowUpRef };
};

export type MergeEvent = CustomerMergedInto | CustomerAbsorbed | CustomerUnmerged | CustomerAbsorptionReverted;

// ─── commands ───

/** `survivor`: the state of `into` as the merge saw it (tags, for the limit); `maxTags` the configured limit. */
export type MergeCustomerInto = {
  type: 'MergeCustomerInto';
  data: { mergeId: string; into: string; reason: string; take: readonly TakeableField[]; survivorTags: readonly string[]; maxTags: number };
  now: Date;
};

/** `take`: the taken fields with the merged customer's values, applied to the survivor as a profile update. */
export type AbsorbCustomer = {
  type: 'AbsorbCustomer';
  data: { mergeId: string; from: string; reason: string; moved: MergeMoves; take: ProfilePatch; industries: readonly string[] };
  now: Date;
};

/** `returned`: what comes back to the merged customer (returnedToMerged over the survivor's state). */
export type UnmergeCustomer = {
  type: 'UnmergeCustomer';
  data: { reason: string; returned: MergeMoves };
  now: Date;
};

export type RevertAbsorption = {
  type: 'RevertAbsorption';
  data: { mergeId: string; from: string; reason: string; restore: ProfilePatch; industries: readonly string[] };
  now: Date;
};

export type MergeCommand = MergeCustomerInto | AbsorbCustomer | UnmergeCustomer | RevertAbsorption;

// ─── state ───

/** On the merged customer: the merge it is part of. */
export interface MergedInto {
  mergeId: string;
  into: string;
  reason: string;
  moved: MergeMoves;
}

/** On the survivor: a merge it absorbed (removed again when reverted). */
export interface AbsorbedMerge {
  mergeId: string;
  from: string;
  moved: MergeMoves;
}

import { DomainError } from '../shared/domain-error.js';
import type { AbsorbCustomer, MergeCommand, MergeCustomerInto, MergeEvent, RevertAbsorption, UnmergeCustomer } from './customer-merge.js';
import type { RegisteredCustomer } from './customer-state.js';
import { assertTextLength, FIELD_LIMITS } from './field-limits.js';
import { heldBySurvivor, latestFollowUp } from './merge-shares.js';

/** Merge commands on a registered customer. Every repeat is a no-op, so the relay may retry freely. */
export function decideMerge(command: MergeCommand, state: RegisteredCustomer): MergeEvent[] {
  switch (command.type) {
    case 'MergeCustomerInto':
      return mergeInto(command, state);
    case 'AbsorbCustomer':
      return absorb(command, state);
    case 'UnmergeCustomer':
      return unmerge(command, state);
    case 'RevertAbsorption':
      return revert(command, state);
  }
}

function mergeInto({ data }: MergeCustomerInto, state: RegisteredCustomer): MergeEvent[] {
  assertTextLength('reason', data.reason, FIELD_LIMITS.reason, true);
  if (state.mergedInto) {
    if (state.mergedInto.into === data.into) return [];
    throw new DomainError('customer-merged', `This customer was merged into ${state.mergedInto.into}`, undefined, { mergedInto: state.mergedInto.into });
  }
  if (data.into === state.customerId) throw new DomainError('invalid-value', 'A customer cannot be merged into itself', 'into');
  const held = new Set(data.survivorTags);
  let room = Math.max(0, data.maxTags - held.size);
  const tags = state.tags.filter((t) => {
    if (t.source !== 'manual' || held.has(t.tag) || room === 0) return false;
    room -= 1;
    return true;
  });
  const moved = {
    followUps: state.followUps ?? [],
    orders: state.orders ?? [],
    tags,
    reminders: state.reminders.filter((r) => r.status === 'open'),
    fields: [...data.take],
  };
  const tagsKept = state.tags.filter((t) => !tags.includes(t)).map((t) => t.tag);
  return [{ type: 'CustomerMergedInto', data: { customerId: state.customerId, mergeId: data.mergeId, into: data.into, reason: data.reason, moved, tagsKept } }];
}

/** The survivor takes what it does not hold yet (the merge chose the tags that fit its limit); the taken fields follow as a profile update (decide.ts). */
function absorb({ data }: AbsorbCustomer, state: RegisteredCustomer): MergeEvent[] {
  if (state.absorbed?.some((a) => a.mergeId === data.mergeId)) return [];
  const moved = {
    followUps: data.moved.followUps.filter((f) => !(state.followUps ?? []).some((held) => held.followUpId === f.followUpId)),
    orders: data.moved.orders.filter((o) => !state.orderIds.includes(o.orderId)),
    tags: data.moved.tags.filter((t) => !state.tags.some((held) => held.tag === t.tag)),
    reminders: data.moved.reminders.filter((r) => !state.reminders.some((held) => held.reminderId === r.reminderId)),
    fields: data.moved.fields,
  };
  return [
    {
      type: 'CustomerAbsorbed',
      data: { customerId: state.customerId, mergeId: data.mergeId, from: data.from, reason: data.reason, moved, ownerId: state.ownerId },
    },
  ];
}

function unmerge({ data }: UnmergeCustomer, state: RegisteredCustomer): MergeEvent[] {
  assertTextLength('reason', data.reason, FIELD_LIMITS.reason, true);
  const merge = state.mergedInto;
  if (!merge) throw new DomainError('not-merged', 'This customer is not merged into another');
  return [
    {
      type: 'CustomerUnmerged',
      data: { customerId: state.customerId, mergeId: merge.mergeId, from: merge.into, reason: data.reason, returned: data.returned },
    },
  ];
}

/** The survivor gives back what it still holds of the merge; restored fields follow as a profile update (decide.ts). */
function revert({ data }: RevertAbsorption, state: RegisteredCustomer): MergeEvent[] {
  const absorbed = state.absorbed?.find((a) => a.mergeId === data.mergeId);
  if (!absorbed) return [];
  const returned = heldBySurvivor(absorbed.moved, state);
  const gone = new Set(returned.followUps.map((f) => f.followUpId));
  const lastFollowUp = latestFollowUp((state.followUps ?? []).filter((f) => !gone.has(f.followUpId)));
  const reverted = { customerId: state.customerId, mergeId: data.mergeId, from: data.from, reason: data.reason, returned };
  return [{ type: 'CustomerAbsorptionReverted', data: lastFollowUp === undefined ? reverted : { ...reverted, lastFollowUp } }];
}

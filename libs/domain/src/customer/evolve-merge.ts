import type { ArchiveEvent } from './customer-archive.js';
import type { MergeEvent, MergeMoves } from './customer-merge.js';
import type { RegisteredCustomer } from './customer-state.js';

const latest = (times: readonly string[]): string | undefined => times.reduce<string | undefined>((a, b) => (a !== undefined && a > b ? a : b), undefined);

/** The customer after one merge or archive event. */
export function evolveMerge(state: RegisteredCustomer, event: MergeEvent | ArchiveEvent): RegisteredCustomer {
  switch (event.type) {
    case 'CustomerMergedInto': {
      const { mergeId, into, reason, moved } = event.data;
      return { ...without(state, moved), mergedInto: { mergeId, into, reason, moved } };
    }
    case 'CustomerUnmerged': {
      const { mergedInto: _gone, ...rest } = state;
      return including(rest, event.data.returned);
    }
    case 'CustomerAbsorbed': {
      const { mergeId, from, moved } = event.data;
      return { ...including(state, moved), absorbed: [...(state.absorbed ?? []), { mergeId, from, moved }] };
    }
    case 'CustomerAbsorptionReverted': {
      const next = without(state, event.data.returned);
      return { ...next, absorbed: (state.absorbed ?? []).filter((a) => a.mergeId !== event.data.mergeId) };
    }
    case 'CustomerArchived':
      return { ...state, archived: { at: event.data.archivedAt, reason: event.data.reason } };
    case 'CustomerRestored': {
      const { archived: _gone, ...rest } = state;
      return rest;
    }
  }
}

/** The state with the moved items added (each once: ids already held are skipped). */
function including(state: RegisteredCustomer, moves: MergeMoves): RegisteredCustomer {
  const followUpIds = new Set((state.followUps ?? []).map((f) => f.followUpId));
  const followUps = [...(state.followUps ?? []), ...moves.followUps.filter((f) => !followUpIds.has(f.followUpId))];
  const orders = [...(state.orders ?? []), ...moves.orders.filter((o) => !state.orderIds.includes(o.orderId))];
  const tags = [...state.tags, ...moves.tags.filter((t) => !state.tags.some((held) => held.tag === t.tag))];
  const reminders = [...state.reminders, ...moves.reminders.filter((r) => !state.reminders.some((held) => held.reminderId === r.reminderId))];
  return withTimes({ ...state, followUps, orders, orderIds: orders.map((o) => o.orderId), tags, reminders });
}

/** The state with the moved items taken out. */
function without(state: RegisteredCustomer, moves: MergeMoves): RegisteredCustomer {
  const followUpIds = new Set(moves.followUps.map((f) => f.followUpId));
  const orderIds = new Set(moves.orders.map((o) => o.orderId));
  const tags = new Set(moves.tags.map((t) => t.tag));
  const reminderIds = new Set(moves.reminders.map((r) => r.reminderId));
  const orders = (state.orders ?? []).filter((o) => !orderIds.has(o.orderId));
  return withTimes({
    ...state,
    followUps: (state.followUps ?? []).filter((f) => !followUpIds.has(f.followUpId)),
    orders,
    orderIds: state.orderIds.filter((id) => !orderIds.has(id)),
    tags: state.tags.filter((t) => !tags.has(t.tag)),
    reminders: state.reminders.filter((r) => !reminderIds.has(r.reminderId)),
  });
}

function withTimes(state: RegisteredCustomer): RegisteredCustomer {
  const followUps = state.followUps ?? [];
  const { lastFollowUpAt: _f, lastOrderAt: _o, ...rest } = state;
  const lastFollowUpAt = latest(followUps.map((f) => f.at));
  const lastOrderAt = latest((state.orders ?? []).map((o) => o.orderedAt));
  return {
    ...rest,
    followUpCount: followUps.length,
    ...(lastFollowUpAt === undefined ? {} : { lastFollowUpAt }),
    ...(lastOrderAt === undefined ? {} : { lastOrderAt }),
  };
}

import type { CustomerEvent } from './customer-events.js';
import type { CustomerState, RegisteredCustomer } from './customer-state.js';
import { evolveReminders, reassignOpenReminders } from './evolve-reminders.js';
import { evolveErasure } from './personal-data-erasure.js';
import { evolveServiceCase } from './evolve-service-case.js';
import { withoutCleared } from './profile-patch.js';
import { evolveMerge } from './evolve-merge.js';

const later = (a: string | undefined, b: string): string => (a !== undefined && a > b ? a : b);

/** Applies one event to the state. Pure; used by commands, as-of reads and projections alike. */
export function evolve(state: CustomerState, event: CustomerEvent): CustomerState {
  if (event.type === 'CustomerRegistered') {
    const { customerId, code, ownerId, status, registeredAt, entered: _entered, ...profile } = event.data;
    return {
      kind: 'registered',
      ...profile,
      customerId,
      code,
      ownerId,
      status,
      registeredAt,
      tags: [],
      orderIds: [],
      followUpCount: 0,
      reminders: [],
      complaints: [],
    };
  }
  if (state.kind !== 'registered') return state;
  return evolveRegistered(state, event);
}

function evolveRegistered(state: RegisteredCustomer, event: Exclude<CustomerEvent, { type: 'CustomerRegistered' }>): RegisteredCustomer {
  switch (event.type) {
    case 'CustomerProfileUpdated':
      return withoutCleared({ ...state, ...event.data.changes }, event.data.cleared);
    case 'CustomerStatusChanged':
      return { ...state, status: event.data.to };
    case 'FollowUpRecorded': {
      const { followUpId, at, result, nextFollowUpAt } = event.data;
      const followUps = [...(state.followUps ?? []), nextFollowUpAt === undefined ? { followUpId, at, result } : { followUpId, at, result, nextFollowUpAt }];
      return evolveServiceCase(
        { ...state, followUpCount: state.followUpCount + 1, lastFollowUpAt: later(state.lastFollowUpAt, event.data.at), followUps },
        event,
      );
    }
    case 'ComplaintResolved':
      return evolveServiceCase(state, event);
    case 'OrderRecorded': {
      const { orderId, amount, currency, orderedAt } = event.data;
      return {
        ...state,
        orderIds: [...state.orderIds, orderId],
        orders: [...(state.orders ?? []), { orderId, amount, currency, orderedAt }],
        lastOrderAt: later(state.lastOrderAt, orderedAt),
      };
    }
    case 'CustomerTagged': {
      const { tag, source, ruleId } = event.data;
      return { ...state, tags: [...state.tags, ruleId === undefined ? { tag, source } : { tag, source, ruleId }] };
    }
    case 'CustomerUntagged':
      return { ...state, tags: state.tags.filter((t) => t.tag !== event.data.tag) };
    case 'CustomerPersonalDataErased':
      return evolveErasure(state);
    case 'CustomerOwnerChanged':
      return { ...state, ownerId: event.data.to, reminders: reassignOpenReminders(state.reminders, event.data.from, event.data.to) };
    case 'ReminderScheduled':
    case 'ReminderCompleted':
    case 'ReminderCancelled':
      return { ...state, reminders: evolveReminders(state.reminders, event) };
    case 'CustomerMergedInto':
    case 'CustomerAbsorbed':
    case 'CustomerUnmerged':
    case 'CustomerAbsorptionReverted':
    case 'CustomerArchived':
    case 'CustomerRestored':
      return evolveMerge(state, event);
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

import { evolve, initialCustomerState, type CustomerEvent, type CustomerState, type OrderFact, type RegisteredCustomer } from '#domain';
import type { RecordedEvent } from '#event-store';

interface Tagging {
  /** The event that set the tag the customer has now. */
  eventId: string;
  occurredAt: string;
}

/** What the rules need to know about one customer: its folded state plus order values and tag origins. */
export interface CustomerFacts {
  customer: RegisteredCustomer;
  orders: OrderFact[];
  taggings: Record<string, Tagging>;
  revision: number;
}

interface Fold {
  state: CustomerState;
  orders: OrderFact[];
  taggings: Record<string, Tagging>;
  revision: number;
}

/** Folds a customer stream; undefined before registration. */
export function factsOf(events: readonly RecordedEvent[]): CustomerFacts | undefined {
  const fold = events.reduce(step, { state: initialCustomerState(), orders: [], taggings: {}, revision: -1 } as Fold);
  if (fold.state.kind !== 'registered') return undefined;
  return { customer: fold.state, orders: fold.orders, taggings: fold.taggings, revision: fold.revision };
}

function step(fold: Fold, recorded: RecordedEvent): Fold {
  const event = { type: recorded.type, data: recorded.data } as unknown as CustomerEvent;
  const before = fold.state;
  const state = evolve(before, event);
  const next = { ...fold, state, revision: recorded.revision };
  if (event.type === 'OrderRecorded' && state !== before && !fold.orders.some((o) => o.orderId === event.data.orderId)) {
    const { orderId, amount, currency, orderedAt } = event.data;
    next.orders = [...fold.orders, { orderId, amount, currency, orderedAt }];
  }
  if (event.type === 'CustomerTagged' && fold.taggings[event.data.tag] === undefined) {
    next.taggings = { ...fold.taggings, [event.data.tag]: { eventId: recorded.id, occurredAt: recorded.metadata.occurredAt } };
  }
  if (event.type === 'CustomerUntagged') {
    const { [event.data.tag]: _removed, ...rest } = fold.taggings;
    next.taggings = rest;
  }
  return next;
}

/** The newest follow-up or order in business time, if any. */
export function lastInteractionAt(customer: RegisteredCustomer): string | undefined {
  const { lastFollowUpAt, lastOrderAt } = customer;
  if (lastFollowUpAt === undefined) return lastOrderAt;
  if (lastOrderAt === undefined) return lastFollowUpAt;
  return lastFollowUpAt > lastOrderAt ? lastFollowUpAt : lastOrderAt;
}

export const hasTag = (facts: CustomerFacts, tag: string | undefined): boolean => tag !== undefined && facts.customer.tags.some((t) => t.tag === tag);

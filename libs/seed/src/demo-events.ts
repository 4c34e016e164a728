import { customerStream } from '#domain';
import type { ProposedEvent } from '#event-store';
import type { DemoCustomer, DemoEvent } from './demo-customers.js';

/** The event as the command pipeline would propose it (metadata of SPEC §4, schema version 1). */
export function proposedEventOf(demo: DemoEvent): ProposedEvent {
  return {
    id: demo.id,
    type: demo.event.type,
    data: demo.event.data as unknown as Record<string, unknown>,
    metadata: { actorId: demo.actorId, actorRole: 'sales', correlationId: demo.id, causationId: demo.id, occurredAt: demo.occurredAt, schemaVersion: 1 },
  };
}

export interface StreamEvent {
  streamId: string;
  revision: number;
  event: ProposedEvent;
}

/**
 * The events of a window of customers in business-time order, as a live log interleaves them
 * (a projection sees each customer many times per batch, not once in a contiguous run).
 */
export function interleaved(window: readonly DemoCustomer[]): StreamEvent[] {
  const events = window.flatMap((customer) =>
    customer.events.map((demo, revision) => ({ streamId: customerStream(customer.customerId), revision, event: proposedEventOf(demo) })),
  );
  // Stable sort: a customer's own events keep their revision order on equal timestamps.
  return events.sort((a, b) =>
    a.event.metadata.occurredAt < b.event.metadata.occurredAt ? -1 : a.event.metadata.occurredAt > b.event.metadata.occurredAt ? 1 : 0,
  );
}

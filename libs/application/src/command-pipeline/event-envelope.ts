import type { ProposedEvent } from '#event-store';
import type { CommandContext } from './command-context.js';
import { eventIdsFor } from './deterministic-id.js';

/** Schema version of every event type written today; bump it when a shape changes, and read old versions through a ReadMappingEventStore that upcasts them. */
export const CURRENT_SCHEMA_VERSION = 1;

interface DomainEventLike {
  type: string;
  data: object;
}

/** Business time of an event (SPEC §4 occurredAt): the time the user gave, else now. */
function businessTimeOf(event: DomainEventLike, now: Date): string {
  const data = event.data as { at?: string; orderedAt?: string };
  return data.at ?? data.orderedAt ?? now.toISOString();
}

/** Wraps domain events with ids and the metadata of SPEC §4. */
export function toProposedEvents(events: readonly DomainEventLike[], streamId: string, context: CommandContext, now: Date, purpose?: string): ProposedEvent[] {
  const ids = eventIdsFor(events.length, streamId, context.idempotencyKey, purpose);
  return events.map((event, index) => ({
    id: ids[index],
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: {
      actorId: context.actor.userId,
      actorRole: context.actor.role,
      correlationId: context.correlationId,
      causationId: context.causationId,
      occurredAt: businessTimeOf(event, now),
      schemaVersion: CURRENT_SCHEMA_VERSION,
    },
  }));
}

import type { RecordedEvent } from '#event-store';
import { CUSTOMER_EVENT_TYPES, type CustomerEvent } from '#domain';

const KNOWN = new Set<string>(CUSTOMER_EVENT_TYPES);

/** The domain view of a recorded customer event; undefined for types the read side does not know (yet). */
export function customerEventOf(event: RecordedEvent): CustomerEvent | undefined {
  return KNOWN.has(event.type) ? ({ type: event.type, data: event.data } as CustomerEvent) : undefined;
}

/** Business time of the event (SPEC §4). */
export const occurredAtOf = (event: RecordedEvent): string => event.metadata.occurredAt;

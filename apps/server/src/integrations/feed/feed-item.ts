import { customerIdOfStream, type Actor } from '#domain';
import type { EventMetadata, RecordedEvent } from '#event-store';
import { redactEventData } from '../../customers/masking.js';

/** One event as integrators see it: in the page feed, on the SSE stream and in webhook bodies. */
export interface FeedItem {
  id: string;
  type: string;
  streamId: string;
  customerId: string;
  revision: number;
  position: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

/** SPEC §7: contact data in clear for admins only here (an integrator never owns a customer); `sensitive` for admins only. */
export function seesPersonalData(role: Actor['role']): boolean {
  return role === 'admin';
}

export function toFeedItem(event: RecordedEvent, personalData: boolean): FeedItem {
  return {
    id: event.id,
    type: event.type,
    streamId: event.streamId,
    customerId: customerIdOfStream(event.streamId),
    revision: event.revision,
    position: event.position,
    data: personalData ? event.data : redactEventData(event.data),
    metadata: event.metadata,
  };
}

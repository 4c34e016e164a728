import { hides, redactEventData, type PersonalDataView } from '#application';
import { customerIdOfStream } from '#domain';
import type { EventMetadata, RecordedEvent } from '#event-store';

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

/** `view`: the reader's personal-data view of customers in general (AccessPolicy.personalData without a customer). */
export function toFeedItem(event: RecordedEvent, view: PersonalDataView): FeedItem {
  return {
    id: event.id,
    type: event.type,
    streamId: event.streamId,
    customerId: customerIdOfStream(event.streamId),
    revision: event.revision,
    position: event.position,
    data: withoutHiddenFields(event.type, redactEventData(event.data, view), view),
    metadata: event.metadata,
  };
}

/** An order's amount is the customer's spend: gone for a role that hides `value`. */
function withoutHiddenFields(type: string, data: Record<string, unknown>, view: PersonalDataView): Record<string, unknown> {
  if (type !== 'OrderRecorded' || !hides(view, 'value')) return data;
  const { amount: _amount, currency: _currency, ...rest } = data;
  return rest;
}

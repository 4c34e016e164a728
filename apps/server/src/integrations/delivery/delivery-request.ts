import type { WebhookRedeliveryRequested, WebhookReplayRequested } from '#domain';
import type { RecordedEvent } from '#event-store';
import type { DeliveryRequest } from './webhook-outbox.js';

/** The outbox request a webhook-stream event asks for; undefined for the events that make the subscription itself. */
export function deliveryRequestOf(event: RecordedEvent): DeliveryRequest | undefined {
  if (event.type === 'WebhookRedeliveryRequested') {
    const { webhookId, position } = event.data as WebhookRedeliveryRequested['data'];
    return { eventId: event.id, webhookId, kind: 'redelivery', position };
  }
  if (event.type === 'WebhookReplayRequested') {
    const { webhookId, from, upTo } = event.data as WebhookReplayRequested['data'];
    return { eventId: event.id, webhookId, kind: 'replay', cursor: from, upTo };
  }
  return undefined;
}

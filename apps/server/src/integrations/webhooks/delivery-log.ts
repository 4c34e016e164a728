import { Injectable } from '@nestjs/common';
import { WebhookOutbox, type DeliveryRow, type DeliveryStatus } from '../delivery/webhook-outbox.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** GET /v1/webhooks/:id/deliveries: newest first, each with its attempts. */
@Injectable()
export class DeliveryLog {
  constructor(private readonly outbox: WebhookOutbox) {}

  list(webhookId: string, limit: number, status?: DeliveryStatus) {
    return { items: this.outbox.recent(webhookId, limit, status).map((row) => this.view(row)) };
  }

  /** One delivery of a webhook by its id (the event id), with the feed position it sends. */
  find(webhookId: string, deliveryId: string): { eventId: string; position: number } | undefined {
    const row = this.outbox.findByEvent(webhookId, deliveryId);
    return row && { eventId: row.event_id, position: row.position };
  }

  private view(row: DeliveryRow) {
    return {
      id: row.event_id,
      eventId: row.event_id,
      type: row.event_type,
      customerId: row.customer_id,
      position: row.position,
      status: row.status,
      attempts: row.attempts,
      lastStatusCode: row.last_status,
      lastError: row.last_error,
      nextRetryAt: row.status === 'pending' ? iso(row.next_attempt_at) : null,
      deliveredAt: iso(row.delivered_at),
      history: this.outbox.attempts(row.webhook_id, row.position).map((a) => ({
        attempt: a.attempt,
        at: iso(a.at),
        statusCode: a.status_code,
        error: a.error,
        durationMs: a.duration_ms,
      })),
    };
  }
}

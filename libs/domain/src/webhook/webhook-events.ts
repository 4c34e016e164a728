import type { Role } from '../user/user-roles.js';

// Webhook subscriptions are state kept as events (SPEC §7), in streams `webhook-<id>`, so who
// subscribed what and when secrets were rotated is in the audit trail.

export type WebhookRegistered = {
  type: 'WebhookRegistered';
  data: {
    webhookId: string;
    ownerId: string;
    ownerRole: Role;
    url: string;
    eventTypes: string[];
    secret: string;
    /** Deliveries start after this global position (the head when it was registered). */
    startAfter: number;
    registeredAt: string;
  };
};

type WebhookSecretRotated = {
  type: 'WebhookSecretRotated';
  data: { webhookId: string; secret: string; rotatedAt: string };
};

type WebhookDeleted = {
  type: 'WebhookDeleted';
  data: { webhookId: string; deletedAt: string };
};

/** Who asked (the metadata's actor) to re-send which delivery: the event at `position`, under its own id. */
export type WebhookRedeliveryRequested = {
  type: 'WebhookRedeliveryRequested';
  data: { webhookId: string; eventId: string; position: number; requestedAt: string };
};

/** Who asked to re-send every matching event in (from, upTo], in order per customer. */
export type WebhookReplayRequested = {
  type: 'WebhookReplayRequested';
  data: { webhookId: string; from: number; upTo: number; requestedAt: string };
};

export type WebhookEvent = WebhookRegistered | WebhookSecretRotated | WebhookDeleted | WebhookRedeliveryRequested | WebhookReplayRequested;
export const WEBHOOK_EVENT_TYPES: readonly WebhookEvent['type'][] = [
  'WebhookRegistered',
  'WebhookSecretRotated',
  'WebhookDeleted',
  'WebhookRedeliveryRequested',
  'WebhookReplayRequested',
];

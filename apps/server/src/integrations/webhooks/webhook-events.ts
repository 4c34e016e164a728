import type { Role } from '#domain';
import type { RecordedEvent } from '#event-store';

// Webhook subscriptions are state kept as events (SPEC §7), in streams `webhook-<id>`, so who
// subscribed what and when secrets were rotated is in the audit trail.

export const webhookStream = (webhookId: string): string => `webhook-${webhookId}`;
export const WEBHOOK_EVENT_TYPES = ['WebhookRegistered', 'WebhookSecretRotated', 'WebhookDeleted'] as const;

export interface WebhookRegisteredData {
  webhookId: string;
  ownerId: string;
  ownerRole: Role;
  url: string;
  eventTypes: string[];
  secret: string;
  /** Deliveries start after this global position (the head when it was registered). */
  startAfter: number;
  registeredAt: string;
}

export interface WebhookSecretRotatedData {
  webhookId: string;
  secret: string;
  rotatedAt: string;
}

export interface WebhookDeletedData {
  webhookId: string;
  deletedAt: string;
}

export interface Webhook {
  id: string;
  ownerId: string;
  ownerRole: Role;
  url: string;
  eventTypes: string[];
  active: boolean;
  secret: string;
  previousSecret?: string;
  rotatedAt?: string;
  startAfter: number;
  createdAt: string;
  revision: number;
}

export function evolveWebhook(state: Webhook | undefined, event: RecordedEvent): Webhook | undefined {
  switch (event.type) {
    case 'WebhookRegistered': {
      const data = event.data as unknown as WebhookRegisteredData;
      return {
        id: data.webhookId,
        ownerId: data.ownerId,
        ownerRole: data.ownerRole,
        url: data.url,
        eventTypes: data.eventTypes,
        active: true,
        secret: data.secret,
        startAfter: data.startAfter,
        createdAt: data.registeredAt,
        revision: event.revision,
      };
    }
    case 'WebhookSecretRotated': {
      if (!state) return state;
      const data = event.data as unknown as WebhookSecretRotatedData;
      return { ...state, previousSecret: state.secret, secret: data.secret, rotatedAt: data.rotatedAt, revision: event.revision };
    }
    case 'WebhookDeleted':
      return state && { ...state, active: false, revision: event.revision };
    default:
      return state;
  }
}

/** The secrets a delivery is signed with: the current one, plus the rotated-out one during its grace period. */
export function signingSecrets(webhook: Webhook, now: Date, graceMs: number): string[] {
  const inGrace = webhook.previousSecret && webhook.rotatedAt && now.getTime() - Date.parse(webhook.rotatedAt) < graceMs;
  return inGrace ? [webhook.secret, webhook.previousSecret as string] : [webhook.secret];
}

/** What the API shows: never the secret (it is shown once, at creation and rotation). */
export function publicView(webhook: Webhook) {
  const { id, url, eventTypes, active, createdAt, rotatedAt } = webhook;
  return { id, url, eventTypes, active, createdAt, ...(rotatedAt ? { secretRotatedAt: rotatedAt } : {}) };
}

import type { Role } from '../user/user-roles.js';

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
}

/** Undefined until the webhook is registered. */
export type WebhookState = Webhook | undefined;

export const initialWebhookState = (): WebhookState => undefined;

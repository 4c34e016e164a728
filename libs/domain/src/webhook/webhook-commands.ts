import type { WebhookRegistered } from './webhook-events.js';

// Ids, secrets and the start position are made by the caller (the domain has no randomness or store).

export type RegisterWebhook = {
  type: 'RegisterWebhook';
  data: Omit<WebhookRegistered['data'], 'registeredAt'>;
  now: Date;
};

type RotateWebhookSecret = {
  type: 'RotateWebhookSecret';
  data: { secret: string };
  now: Date;
};

type DeleteWebhook = {
  type: 'DeleteWebhook';
  now: Date;
};

/** Re-send one delivery's event (an operator's request; the delivery worker carries it out). */
type RequestWebhookRedelivery = {
  type: 'RequestWebhookRedelivery';
  data: { eventId: string; position: number };
  now: Date;
};

/** Re-send every matching event after `from` up to `upTo` (the head when asked). */
type RequestWebhookReplay = {
  type: 'RequestWebhookReplay';
  data: { from: number; upTo: number };
  now: Date;
};

export type WebhookCommand = RegisterWebhook | RotateWebhookSecret | DeleteWebhook | RequestWebhookRedelivery | RequestWebhookReplay;

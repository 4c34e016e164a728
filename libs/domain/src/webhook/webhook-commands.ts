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

export type WebhookCommand = RegisterWebhook | RotateWebhookSecret | DeleteWebhook;

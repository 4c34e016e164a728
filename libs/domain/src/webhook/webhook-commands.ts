import type { WebhookRegistered } from './webhook-events.js';

// Ids, secrets and the start position are made by the caller (the domain has no randomness or store).

export type RegisterWebhook = {
  type: 'RegisterWebhook';
  data: Omit<WebhookRegistered['data'], 'registeredAt'>;
  now: Date;
};

export type RotateWebhookSecret = {
  type: 'RotateWebhookSecret';
  data: { secret: string };
  now: Date;
};

export type DeleteWebhook = {
  type: 'DeleteWebhook';
  now: Date;
};

export type WebhookCommand = RegisterWebhook | RotateWebhookSecret | DeleteWebhook;

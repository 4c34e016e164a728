import type { Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { webhookStream } from '../shared/stream-names.js';
import type { WebhookCommand } from './webhook-commands.js';
import type { WebhookEvent } from './webhook-events.js';
import { initialWebhookState, type Webhook, type WebhookState } from './webhook-state.js';

export function decideWebhook(command: WebhookCommand, state: WebhookState): WebhookEvent[] {
  switch (command.type) {
    case 'RegisterWebhook':
      // The id is derived from the request's Idempotency-Key: a webhook that exists is this request, retried.
      if (state !== undefined) return [];
      return [{ type: 'WebhookRegistered', data: { ...command.data, registeredAt: command.now.toISOString() } }];
    case 'RotateWebhookSecret': {
      const webhook = activeWebhook(state);
      return [{ type: 'WebhookSecretRotated', data: { webhookId: webhook.id, secret: command.data.secret, rotatedAt: command.now.toISOString() } }];
    }
    case 'DeleteWebhook': {
      const webhook = activeWebhook(state);
      return [{ type: 'WebhookDeleted', data: { webhookId: webhook.id, deletedAt: command.now.toISOString() } }];
    }
    case 'RequestWebhookRedelivery': {
      const webhook = activeWebhook(state);
      return [{ type: 'WebhookRedeliveryRequested', data: { webhookId: webhook.id, ...command.data, requestedAt: command.now.toISOString() } }];
    }
    case 'RequestWebhookReplay': {
      const webhook = activeWebhook(state);
      const { from, upTo } = command.data;
      if (!Number.isInteger(from) || from < 0) throw new DomainError('invalid-value', 'from must be a feed position (an integer ≥ 0)', 'from');
      if (from > upTo) throw new DomainError('invalid-value', `from is beyond the newest position (${upTo})`, 'from');
      return [{ type: 'WebhookReplayRequested', data: { webhookId: webhook.id, from, upTo, requestedAt: command.now.toISOString() } }];
    }
  }
}

export function evolveWebhook(state: WebhookState, event: WebhookEvent): WebhookState {
  switch (event.type) {
    case 'WebhookRegistered': {
      const { webhookId, ownerId, ownerRole, url, eventTypes, secret, startAfter, registeredAt } = event.data;
      return { id: webhookId, ownerId, ownerRole, url, eventTypes, active: true, secret, startAfter, createdAt: registeredAt };
    }
    case 'WebhookSecretRotated':
      return state && { ...state, previousSecret: state.secret, secret: event.data.secret, rotatedAt: event.data.rotatedAt };
    case 'WebhookDeleted':
      return state && { ...state, active: false };
    default:
      return state;
  }
}

function activeWebhook(state: WebhookState): Webhook {
  if (!state?.active) throw new DomainError('not-found', 'Webhook not found');
  return state;
}

export const webhookDecider: Decider<WebhookCommand, WebhookEvent, WebhookState> = {
  streamOf: webhookStream,
  initialState: initialWebhookState,
  decide: decideWebhook,
  evolve: evolveWebhook,
};

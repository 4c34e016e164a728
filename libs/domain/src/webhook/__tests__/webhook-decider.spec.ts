import { DomainError } from '../../shared/domain-error.js';
import type { RegisterWebhook, WebhookCommand } from '../webhook-commands.js';
import { decideWebhook, evolveWebhook } from '../webhook-decider.js';
import type { WebhookEvent, WebhookRegistered } from '../webhook-events.js';
import { initialWebhookState } from '../webhook-state.js';

const NOW = new Date('2024-06-15T10:00:00.000Z');
const LATER = new Date('2024-06-16T10:00:00.000Z');
const WEBHOOK_ID = '0b7a4c52-5d0e-4c1e-9d55-2a7f0c6b1e11';

const register: RegisterWebhook = {
  type: 'RegisterWebhook',
  data: {
    webhookId: WEBHOOK_ID,
    ownerId: 'int-1',
    ownerRole: 'integrator',
    url: 'https://hooks.example.com/a',
    eventTypes: ['CustomerRegistered'],
    secret: 's-1',
    startAfter: 42,
  },
  now: NOW,
};
const registered: WebhookRegistered = { type: 'WebhookRegistered', data: { ...register.data, registeredAt: NOW.toISOString() } };
const deleted: WebhookEvent = { type: 'WebhookDeleted', data: { webhookId: WEBHOOK_ID, deletedAt: NOW.toISOString() } };

const stateOf = (events: WebhookEvent[]) => events.reduce(evolveWebhook, initialWebhookState());
const given = (events: WebhookEvent[]) => ({ when: (command: WebhookCommand) => () => decideWebhook(command, stateOf(events)) });
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
  return undefined;
};

describe('Webhook decider', () => {
  describe('when nothing is registered', () => {
    it('registers the webhook as of now, active from its start position', () => {
      expect(given([]).when(register)()).toEqual([registered]);
      expect(stateOf([registered])).toMatchObject({ id: WEBHOOK_ID, active: true, secret: 's-1', startAfter: 42, createdAt: NOW.toISOString() });
    });

    it.each<WebhookCommand>([
      { type: 'RotateWebhookSecret', data: { secret: 's-2' }, now: NOW },
      { type: 'DeleteWebhook', now: NOW },
    ])('refuses $type as not found', (command) => {
      expect(codeOf(given([]).when(command))).toBe('not-found');
    });
  });

  describe('when registered', () => {
    it('a repeated registration (the same request retried) is a no-op', () => {
      expect(given([registered]).when({ ...register, data: { ...register.data, secret: 'other' } })()).toEqual([]);
    });

    it('rotates the secret and keeps the previous one for the grace period', () => {
      const [rotated] = given([registered]).when({ type: 'RotateWebhookSecret', data: { secret: 's-2' }, now: LATER })();
      expect(rotated).toEqual({ type: 'WebhookSecretRotated', data: { webhookId: WEBHOOK_ID, secret: 's-2', rotatedAt: LATER.toISOString() } });
      expect(stateOf([registered, rotated])).toMatchObject({ secret: 's-2', previousSecret: 's-1', rotatedAt: LATER.toISOString() });
    });

    it('deletes it: inactive from then on', () => {
      expect(given([registered]).when({ type: 'DeleteWebhook', now: NOW })()).toEqual([deleted]);
      expect(stateOf([registered, deleted])?.active).toBe(false);
    });
  });

  describe('when registered, an operator asks to send again', () => {
    it('records a redelivery of one delivery, as of now; the webhook itself is unchanged', () => {
      const events = given([registered]).when({ type: 'RequestWebhookRedelivery', data: { eventId: 'e-7', position: 7 }, now: LATER })();
      expect(events).toEqual([
        { type: 'WebhookRedeliveryRequested', data: { webhookId: WEBHOOK_ID, eventId: 'e-7', position: 7, requestedAt: LATER.toISOString() } },
      ]);
      expect(stateOf([registered, ...events])).toEqual(stateOf([registered]));
    });

    it('records a replay of what follows a feed position up to the head', () => {
      const events = given([registered]).when({ type: 'RequestWebhookReplay', data: { from: 10, upTo: 50 }, now: LATER })();
      expect(events).toEqual([{ type: 'WebhookReplayRequested', data: { webhookId: WEBHOOK_ID, from: 10, upTo: 50, requestedAt: LATER.toISOString() } }]);
      expect(stateOf([registered, ...events])).toEqual(stateOf([registered]));
    });

    it.each([
      { from: 51, upTo: 50, why: 'beyond the head' },
      { from: -1, upTo: 50, why: 'negative' },
      { from: 1.5, upTo: 50, why: 'not an integer' },
    ])('refuses a replay from a position $why, naming from', ({ from, upTo }) => {
      const run = given([registered]).when({ type: 'RequestWebhookReplay', data: { from, upTo }, now: NOW });
      expect(codeOf(run)).toBe('invalid-value');
      expect(() => run()).toThrow(expect.objectContaining({ field: 'from' }));
    });
  });

  describe('when deleted', () => {
    it.each<WebhookCommand>([
      { type: 'RotateWebhookSecret', data: { secret: 's-2' }, now: NOW },
      { type: 'DeleteWebhook', now: NOW },
      { type: 'RequestWebhookRedelivery', data: { eventId: 'e-7', position: 7 }, now: NOW },
      { type: 'RequestWebhookReplay', data: { from: 0, upTo: 50 }, now: NOW },
    ])('refuses $type as not found', (command) => {
      expect(codeOf(given([registered, deleted]).when(command))).toBe('not-found');
    });
  });
});

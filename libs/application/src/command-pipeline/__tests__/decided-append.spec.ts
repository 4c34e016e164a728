import { DomainError, webhookDecider, webhookStream, type RegisterWebhook, type WebhookCommand, type WebhookEvent, type WebhookState } from '#domain';
import { openSqliteEventStore, type EventStore } from '#event-store';
import { ManualClock } from '#shared';
import type { CommandContext } from '../command-context.js';
import { CommandPipeline } from '../command-pipeline.js';

// decideAppend + landed: a command decided by the pipeline, appended by the caller together with other streams.

const NOW = new Date('2024-06-15T10:00:00.000Z');
const ID = '6a1c1f0e-8a59-4f0b-a5b8-2b1f3f1f5c21';
const owner: CommandContext = { actor: { userId: 'int-1', role: 'integrator' }, correlationId: 'corr', causationId: 'corr', idempotencyKey: 'key-1' };
const register = (now: Date): RegisterWebhook => ({
  type: 'RegisterWebhook',
  data: {
    webhookId: ID,
    ownerId: 'int-1',
    ownerRole: 'integrator',
    url: 'https://hooks.example.com/a',
    eventTypes: ['CustomerRegistered'],
    secret: 's-1',
    startAfter: 0,
  },
  now,
});
const rotate = (now: Date): WebhookCommand => ({ type: 'RotateWebhookSecret', data: { secret: 's-2' }, now });

describe('CommandPipeline.decideAppend', () => {
  let store: EventStore;
  let pipeline: CommandPipeline<WebhookCommand, WebhookEvent, WebhookState>;

  beforeEach(() => {
    const clock = new ManualClock(NOW);
    store = openSqliteEventStore(':memory:', clock);
    pipeline = new CommandPipeline(store, clock, {
      ...webhookDecider,
      authorize: (actor, state) => {
        if (state && state.ownerId !== actor.userId) throw new DomainError('not-found', 'Webhook not found');
      },
    });
  });
  afterEach(() => store.close());

  it('decides steps in a row on one stream and appends nothing until the caller does; landed remembers the new state', async () => {
    const decided = await pipeline.decideAppend(ID, [
      { context: owner, build: register },
      { context: { ...owner, idempotencyKey: 'key-2' }, build: rotate },
    ]);
    expect(decided.append).toMatchObject({ streamId: webhookStream(ID), expected: 'no_stream' });
    expect(decided.events.map((e) => e.type)).toEqual(['WebhookRegistered', 'WebhookSecretRotated']);
    expect(await store.readStream(webhookStream(ID))).toEqual([]);

    const [, result] = await store.appendToStreams([{ streamId: 'other-stream', events: [], expected: 'any' }, decided.append]);
    const executed = await pipeline.landed(decided, result);
    expect(executed).toMatchObject({ revision: 1, events: decided.events });
    expect((await pipeline.load(ID)).state).toEqual(decided.state);
  });

  it('answers a repeat of a command (same Idempotency-Key) that the store took as a retry with no events', async () => {
    const registered = await pipeline.decideAppend(ID, [{ context: owner, build: register }]);
    await pipeline.landed(registered, (await store.appendToStreams([registered.append]))[0]);
    const rotating = { ...owner, idempotencyKey: 'key-2' };
    const first = await pipeline.decideAppend(ID, [{ context: rotating, build: rotate }]);
    await pipeline.landed(first, (await store.appendToStreams([first.append]))[0]);
    const repeat = await pipeline.decideAppend(ID, [{ context: rotating, build: rotate }]);
    expect(repeat.revision).toBe(1);
    const [result] = await store.appendToStreams([repeat.append]);
    expect(await pipeline.landed(repeat, result)).toMatchObject({ revision: 1, events: [] });
    expect((await store.readStream(webhookStream(ID))).map((e) => e.type)).toEqual(['WebhookRegistered', 'WebhookSecretRotated']);
  });

  it('authorizes the first step’s actor against the stream as loaded', async () => {
    const decided = await pipeline.decideAppend(ID, [{ context: owner, build: register }]);
    await store.appendToStreams([decided.append]);
    const stranger = { ...owner, actor: { userId: 'int-2', role: 'integrator' as const } };
    await expect(pipeline.decideAppend(ID, [{ context: stranger, build: rotate }])).rejects.toMatchObject({ code: 'not-found' });
  });
});

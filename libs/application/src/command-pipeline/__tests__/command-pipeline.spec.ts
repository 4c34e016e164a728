import { DomainError, webhookDecider, webhookStream, type RegisterWebhook, type WebhookCommand, type WebhookEvent, type WebhookState } from '#domain';
import { openSqliteEventStore, type EventStore } from '#event-store';
import { ManualClock } from '#shared';
import type { CommandContext } from '../command-context.js';
import { CommandPipeline } from '../command-pipeline.js';
import { CURRENT_SCHEMA_VERSION } from '../event-envelope.js';
import { PreconditionFailedError } from '../precondition-failed.error.js';

// The generic pipeline over a real SQLite store, driven by the webhook decider (it has a no-op and an owner).

const NOW = new Date('2024-06-15T10:00:00.000Z');
const ID = '0b7a4c52-5d0e-4c1e-9d55-2a7f0c6b1e11';
const owner: CommandContext = { actor: { userId: 'int-1', role: 'integrator' }, correlationId: 'corr', causationId: 'corr' };
const stranger: CommandContext = { ...owner, actor: { userId: 'int-2', role: 'integrator' } };
const register =
  (secret = 's-1') =>
  (now: Date): RegisterWebhook => ({
    type: 'RegisterWebhook',
    data: {
      webhookId: ID,
      ownerId: 'int-1',
      ownerRole: 'integrator',
      url: 'https://hooks.example.com/a',
      eventTypes: ['CustomerRegistered'],
      secret,
      startAfter: 0,
    },
    now,
  });
const rotate =
  (secret: string) =>
  (now: Date): WebhookCommand => ({ type: 'RotateWebhookSecret', data: { secret }, now });

describe('CommandPipeline', () => {
  let store: EventStore;
  let pipeline: CommandPipeline<WebhookCommand, WebhookEvent, WebhookState>;
  const recorded = async () => (await store.readStream(webhookStream(ID))).map((e) => e.type);

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

  it('appends what the decider decides and answers the events with the state before and after', async () => {
    const executed = await pipeline.execute(ID, owner, register());
    expect(executed).toMatchObject({ id: ID, revision: 0, before: undefined, state: { id: ID, secret: 's-1', active: true } });
    expect(executed.events.map((e) => e.type)).toEqual(['WebhookRegistered']);
    const [event] = await store.readStream(webhookStream(ID));
    expect(event.metadata).toMatchObject({ actorId: 'int-1', correlationId: 'corr', occurredAt: NOW.toISOString(), schemaVersion: CURRENT_SCHEMA_VERSION });
  });

  it('a command that decides nothing appends nothing and answers the current revision', async () => {
    await pipeline.execute(ID, owner, register());
    const again = await pipeline.execute(ID, owner, register('other'));
    expect(again).toMatchObject({ revision: 0, events: [], state: { secret: 's-1' } });
    expect(await recorded()).toEqual(['WebhookRegistered']);
  });

  it('a repeat under the same Idempotency-Key appends nothing and answers the first append', async () => {
    await pipeline.execute(ID, owner, register());
    const keyed = { ...owner, idempotencyKey: 'rotate-1' };
    const first = await pipeline.execute(ID, keyed, rotate('s-2'));
    const repeat = await pipeline.execute(ID, keyed, rotate('s-3'));
    expect(repeat).toMatchObject({ revision: first.revision, position: first.position, events: [], state: { secret: 's-2' } });
    expect(await recorded()).toEqual(['WebhookRegistered', 'WebhookSecretRotated']);
    expect((await pipeline.load(ID)).state?.secret).toBe('s-2');
  });

  it('refuses a stale If-Match revision (412) and appends nothing', async () => {
    await pipeline.execute(ID, owner, register());
    await expect(pipeline.execute(ID, owner, rotate('s-2'), { expectedRevision: 3 })).rejects.toEqual(new PreconditionFailedError(3, 0));
    expect(await recorded()).toEqual(['WebhookRegistered']);
  });

  it('asks the decider who may command the stream before deciding', async () => {
    await pipeline.execute(ID, owner, register());
    await expect(pipeline.execute(ID, stranger, rotate('s-2'))).rejects.toMatchObject({ code: 'not-found' });
    expect(await recorded()).toEqual(['WebhookRegistered']);
  });

  it('runs beforeAppend once a command is accepted, before its events are recorded, and not for a no-op', async () => {
    const seen: string[][] = [];
    const beforeAppend = async () => void seen.push(await recorded());
    await pipeline.execute(ID, owner, register(), { beforeAppend });
    await pipeline.execute(ID, owner, register(), { beforeAppend });
    expect(seen).toEqual([[]]);
  });

  describe('with a second process appending to the same store (its own cache)', () => {
    let other: CommandPipeline<WebhookCommand, WebhookEvent, WebhookState>;
    const remove = (now: Date): WebhookCommand => ({ type: 'DeleteWebhook', now });

    beforeEach(() => {
      other = new CommandPipeline(store, new ManualClock(NOW), webhookDecider);
    });

    it('decides on what the other appended: a commuting command lands after it, not on the stale fold', async () => {
      await pipeline.execute(ID, owner, register());
      await pipeline.execute(ID, owner, rotate('s-2'));
      await other.execute(ID, owner, rotate('s-3'));
      const executed = await pipeline.execute(ID, owner, rotate('s-4'));
      expect(executed).toMatchObject({ revision: 3, before: { secret: 's-3' }, state: { secret: 's-4', previousSecret: 's-3' } });
      expect(await recorded()).toEqual(['WebhookRegistered', 'WebhookSecretRotated', 'WebhookSecretRotated', 'WebhookSecretRotated']);
    });

    it('refuses what the other made impossible, even though its own last fold allowed it', async () => {
      await pipeline.execute(ID, owner, register());
      await other.execute(ID, owner, remove);
      await expect(pipeline.execute(ID, owner, rotate('s-2'))).rejects.toBeInstanceOf(DomainError);
      expect(await recorded()).toEqual(['WebhookRegistered', 'WebhookDeleted']);
    });

    it('a non-commuting command is not failed as a conflict because its own fold was stale', async () => {
      await pipeline.execute(ID, owner, register());
      await other.execute(ID, owner, rotate('s-2'));
      await expect(pipeline.execute(ID, owner, remove)).resolves.toMatchObject({ revision: 2 });
    });

    it('an If-Match on the revision the other reached is met, and one on the stale revision answers 412', async () => {
      await pipeline.execute(ID, owner, register());
      await other.execute(ID, owner, rotate('s-2'));
      await expect(pipeline.execute(ID, owner, rotate('s-3'), { expectedRevision: 0 })).rejects.toEqual(new PreconditionFailedError(0, 1));
      await expect(pipeline.execute(ID, owner, rotate('s-3'), { expectedRevision: 1 })).resolves.toMatchObject({ revision: 2 });
    });

    it('answers "nothing to do" only from a fresh read', async () => {
      await pipeline.execute(ID, owner, register());
      const registeredByOther = await other.execute(ID, owner, register('other'));
      expect(registeredByOther.events).toEqual([]);
      await other.execute(ID, owner, rotate('s-2'));
      const noOp = await pipeline.execute(ID, owner, register());
      expect(noOp).toMatchObject({ revision: 1, events: [], state: { secret: 's-2' } });
    });

    it('runs beforeAppend (erasure) only on a fresh read', async () => {
      await pipeline.execute(ID, owner, register());
      await other.execute(ID, owner, rotate('s-2'));
      const seen: (string | undefined)[] = [];
      await pipeline.execute(ID, owner, rotate('s-3'), { beforeAppend: async ({ state }) => void seen.push(state?.secret) });
      expect(seen).toEqual(['s-2']);
    });
  });
});

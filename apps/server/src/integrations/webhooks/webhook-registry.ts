import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CommandPipeline, deterministicUuid, type CommandContext } from '#application';
import { toHistoryItem, type HistoryItem } from '#audit';
import { DomainError, webhookDecider, webhookStream, type Actor, type Webhook, type WebhookCommand, type WebhookEvent, type WebhookState } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { generateWebhookSecret } from '#integrations';
import { CLOCK, type Clock } from '#shared';
import type { CreateWebhookDto } from './create-webhook.dto.js';
import { publicView } from './webhook-view.js';
import { WebhookTargetCheck } from './webhook-target-check.js';

const PAGE = 500;

/** Admins manage every webhook, integrators their own. */
const mayManage = (actor: Actor, webhook: Webhook): boolean => actor.role === 'admin' || webhook.ownerId === actor.userId;

/** Webhook subscriptions of integrators: commands go through the pipeline to `webhook-<id>`, reads fold that stream. */
@Injectable()
export class WebhookRegistry {
  private readonly pipeline: CommandPipeline<WebhookCommand, WebhookEvent, WebhookState>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) clock: Clock,
    private readonly targets: WebhookTargetCheck,
  ) {
    this.pipeline = new CommandPipeline(store, clock, {
      ...webhookDecider,
      // Someone else's webhook answers 404, so ids of others cannot be probed.
      authorize: (actor, state) => {
        if (state !== undefined && !mayManage(actor, state)) throw new DomainError('not-found', 'Webhook not found');
      },
    });
  }

  async register(body: CreateWebhookDto, context: CommandContext) {
    await this.targets.assertRegistrable(body.url);
    const webhookId = context.idempotencyKey ? deterministicUuid('webhook', context.idempotencyKey) : randomUUID();
    const data = {
      webhookId,
      ownerId: context.actor.userId,
      ownerRole: context.actor.role,
      url: body.url,
      eventTypes: body.eventTypes,
      secret: generateWebhookSecret(),
      startAfter: await this.store.headPosition(),
    };
    // A retried request registers nothing and answers with the secret that was stored.
    const { state } = await this.pipeline.execute(webhookId, context, (now) => ({ type: 'RegisterWebhook', data, now }));
    const webhook = state as Webhook;
    return { ...publicView(webhook), secret: webhook.secret };
  }

  async list(actor: Actor) {
    const webhooks: Webhook[] = [];
    for (let after = 0; ;) {
      const page = await this.store.readAll({ after, types: ['WebhookRegistered'], limit: PAGE });
      for (const registered of page) {
        if (actor.role !== 'admin' && registered.data.ownerId !== actor.userId) continue;
        const { state: webhook } = await this.pipeline.load(String(registered.data.webhookId));
        if (webhook?.active) webhooks.push(webhook);
      }
      if (page.length < PAGE) return { items: webhooks.map(publicView) };
      after = page[page.length - 1].position;
    }
  }

  /** One's own active webhook (any, for admin); otherwise 404, so ids of others cannot be probed. */
  async get(actor: Actor, id: string): Promise<Webhook> {
    const { state: webhook } = await this.pipeline.load(id);
    if (!webhook?.active || !mayManage(actor, webhook)) throw new NotFoundException('Webhook not found');
    return webhook;
  }

  async delete(id: string, context: CommandContext): Promise<void> {
    await this.pipeline.execute(id, context, (now) => ({ type: 'DeleteWebhook', now }));
  }

  /** Records an operator's request to send one delivery again (the delivery worker carries it out). */
  async requestRedelivery(id: string, delivery: { eventId: string; position: number }, context: CommandContext) {
    const { events, position } = await this.pipeline.execute(id, context, (now) => ({ type: 'RequestWebhookRedelivery', data: delivery, now }));
    return { requestedAt: requestedAtOf(events), position };
  }

  /** Records an operator's request to send every matching event after `from`, up to the head now. */
  async requestReplay(id: string, from: number, context: CommandContext) {
    const upTo = await this.store.headPosition();
    const { events, position } = await this.pipeline.execute(id, context, (now) => ({ type: 'RequestWebhookReplay', data: { from, upTo }, now }));
    return { from, upTo, requestedAt: requestedAtOf(events), position };
  }

  /** The webhook's stream, its audit trail: who registered, rotated, redelivered, replayed or deleted it, and when. */
  async history(actor: Actor, id: string) {
    await this.get(actor, id);
    const events = await this.store.readStream(webhookStream(id));
    return { items: events.map(toHistoryItem).map(withoutSecret) };
  }

  async rotateSecret(id: string, context: CommandContext) {
    const secret = generateWebhookSecret();
    const { state } = await this.pipeline.execute(id, context, (now) => ({ type: 'RotateWebhookSecret', data: { secret }, now }));
    const rotated = state as Webhook;
    return { id, secret: rotated.secret, secretRotatedAt: rotated.rotatedAt };
  }
}

/** When the request was recorded; a repeat of it (the same Idempotency-Key) recorded nothing new, and says so with null. */
function requestedAtOf(events: readonly WebhookEvent[]): string | null {
  const [event] = events;
  return event && 'requestedAt' in event.data ? event.data.requestedAt : null;
}

function withoutSecret(item: HistoryItem): HistoryItem {
  const { secret: _secret, ...data } = item.data;
  return { ...item, data };
}

import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { deterministicUuid, toProposedEvents, type CommandContext } from '#application';
import type { Actor } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { generateWebhookSecret } from '#integrations';
import { CLOCK, type Clock } from '#shared';
import type { CreateWebhookDto } from './create-webhook.dto.js';
import { evolveWebhook, publicView, webhookStream, type Webhook } from './webhook-events.js';
import { WebhookTargetCheck } from './webhook-target-check.js';

const PAGE = 500;

/** Webhook subscriptions of integrators: commands append to `webhook-<id>`, reads fold that stream. */
@Injectable()
export class WebhookRegistry {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly targets: WebhookTargetCheck,
  ) {}

  async register(body: CreateWebhookDto, context: CommandContext) {
    await this.targets.assertRegistrable(body.url);
    const id = context.idempotencyKey ? deterministicUuid('webhook', context.idempotencyKey) : randomUUID();
    const now = this.clock.now();
    const data = {
      webhookId: id,
      ownerId: context.actor.userId,
      ownerRole: context.actor.role,
      url: body.url,
      eventTypes: body.eventTypes,
      secret: generateWebhookSecret(),
      startAfter: await this.store.headPosition(),
      registeredAt: now.toISOString(),
    };
    const stream = webhookStream(id);
    await this.store.append(stream, toProposedEvents([{ type: 'WebhookRegistered', data }], stream, context, now, 'webhook-registered'), 'no_stream');
    // Read back: a retried request that re-appended nothing answers with the secret that was stored.
    const webhook = (await this.load(id)) as Webhook;
    return { ...publicView(webhook), secret: webhook.secret };
  }

  async list(actor: Actor) {
    const webhooks: Webhook[] = [];
    for (let after = 0; ;) {
      const page = await this.store.readAll({ after, types: ['WebhookRegistered'], limit: PAGE });
      for (const registered of page) {
        if (actor.role !== 'admin' && registered.data.ownerId !== actor.userId) continue;
        const webhook = await this.load(String(registered.data.webhookId));
        if (webhook?.active) webhooks.push(webhook);
      }
      if (page.length < PAGE) return { items: webhooks.map(publicView) };
      after = page[page.length - 1].position;
    }
  }

  /** One's own active webhook (any, for admin); otherwise 404, so ids of others cannot be probed. */
  async get(actor: Actor, id: string): Promise<Webhook> {
    const webhook = await this.load(id);
    if (!webhook?.active || (actor.role !== 'admin' && webhook.ownerId !== actor.userId)) {
      throw new NotFoundException('Webhook not found');
    }
    return webhook;
  }

  async delete(id: string, context: CommandContext): Promise<void> {
    const webhook = await this.get(context.actor, id);
    const now = this.clock.now();
    const stream = webhookStream(id);
    const event = { type: 'WebhookDeleted', data: { webhookId: id, deletedAt: now.toISOString() } };
    await this.store.append(stream, toProposedEvents([event], stream, context, now, 'webhook-deleted'), webhook.revision);
  }

  async rotateSecret(id: string, context: CommandContext) {
    const webhook = await this.get(context.actor, id);
    const now = this.clock.now();
    const stream = webhookStream(id);
    const event = { type: 'WebhookSecretRotated', data: { webhookId: id, secret: generateWebhookSecret(), rotatedAt: now.toISOString() } };
    await this.store.append(stream, toProposedEvents([event], stream, context, now, 'webhook-rotated'), webhook.revision);
    const rotated = (await this.load(id)) as Webhook;
    return { id, secret: rotated.secret, secretRotatedAt: rotated.rotatedAt };
  }

  async load(id: string): Promise<Webhook | undefined> {
    return (await this.store.readStream(webhookStream(id))).reduce(evolveWebhook, undefined as Webhook | undefined);
  }
}

import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { AccessPolicy } from '#application';
import {
  CUSTOMER_STREAM_PREFIX,
  customerIdOfStream,
  evolveWebhook,
  signingSecrets,
  WEBHOOK_EVENT_TYPES,
  webhookStream,
  type Webhook,
  type WebhookEvent,
} from '#domain';
import { EVENT_STORE, type EventStore, type EventSubscription, type RecordedEvent } from '#event-store';
import type { LeaseKeeper } from '#leases';
import { queueKey, retryDelayMs, selectDispatchable, webhookHeaders, isSuccessfulStatus, type QueueHead } from '#integrations';
import { CLOCK, type Clock } from '#shared';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { JobLeases } from '../../infrastructure/job-leases.js';
import { toFeedItem } from '../feed/feed-item.js';
import { INTEGRATIONS_CONFIG, type IntegrationsConfig } from '../integrations-config.js';
import { WebhookTargetCheck } from '../webhooks/webhook-target-check.js';
import { deliveryRequestOf } from './delivery-request.js';
import { WebhookOutbox, type AttemptOutcome, type QueuedEvent } from './webhook-outbox.js';
import { sendWebhook } from './webhook-sender.js';

const FILL_PAGE = 200;
const WEBHOOK_DELIVERY_JOB = 'webhook-delivery';

/**
 * At-least-once, per-customer-ordered webhook delivery (ROLE all|worker). Two subscriptions drive it:
 * webhook streams (the set of subscriptions) and the customer feed (a wake-up). Each webhook copies
 * its matching events into the durable outbox from its own checkpoint; queue heads are then sent
 * with bounded concurrency, retried with capped exponential backoff, and finally marked failed.
 * Only the process holding the webhook-delivery lease delivers; it checks the lease before each claim.
 */
@Injectable()
export class WebhookDeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('WebhookDelivery');
  private readonly webhooks = new Map<string, Webhook>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private shutdown = new AbortController();
  private subscriptions: EventSubscription[] = [];
  private readonly lease: LeaseKeeper;
  private timer: NodeJS.Timeout | undefined;
  private cycle: Promise<void> | undefined;
  private cycleRequested = false;
  private stopped = true;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(INTEGRATIONS_CONFIG) private readonly config: IntegrationsConfig,
    @Inject(APP_CONFIG) private readonly app: AppConfig,
    private readonly outbox: WebhookOutbox,
    private readonly targets: WebhookTargetCheck,
    private readonly access: AccessPolicy,
    leases: JobLeases,
  ) {
    this.lease = leases.keeper(WEBHOOK_DELIVERY_JOB, { onAcquired: () => this.start(), onLost: () => this.stop() });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.app.runsWorkers) await this.lease.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.lease.stop();
  }

  private async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    this.shutdown.abort();
    await Promise.all(this.subscriptions.map((s) => s.close()));
    await this.cycle;
    await Promise.all(this.inFlight.values());
  }

  private start(): void {
    this.stopped = false;
    this.shutdown = new AbortController();
    this.subscriptions = [];
    this.webhooks.clear();
    this.follow(this.store.subscribeToAll({ types: WEBHOOK_EVENT_TYPES }), (event) => {
      const request = deliveryRequestOf(event);
      if (request) return this.outbox.recordRequest(request);
      const webhook = evolveWebhook(this.webhooks.get(event.streamId), event as unknown as WebhookEvent);
      if (!webhook) return;
      this.webhooks.set(event.streamId, webhook);
      if (!webhook.active) this.outbox.cancelPending(webhook.id);
    });
    void this.store.headPosition().then((head) => {
      if (!this.stopped) this.follow(this.store.subscribeToAll({ after: head, streamPrefixes: [CUSTOMER_STREAM_PREFIX] }), () => undefined);
    });
    this.timer = setInterval(() => this.wake(), this.config.pollIntervalMs);
  }

  private follow(subscription: EventSubscription, onEvent: (event: RecordedEvent) => void): void {
    this.subscriptions.push(subscription);
    void (async () => {
      for await (const event of subscription) {
        onEvent(event);
        this.wake();
      }
    })().catch((error: unknown) => {
      if (!this.stopped) this.logger.error({ err: error }, 'Subscription failed; deliveries continue on the poll timer');
    });
  }

  /** Runs one fill-and-dispatch cycle at a time; a wake during a cycle runs another right after. */
  private wake(): void {
    if (this.stopped) return;
    if (this.cycle) {
      this.cycleRequested = true;
      return;
    }
    this.cycle = this.runCycle()
      .catch((error: unknown) => this.logger.error({ err: error }, 'Delivery cycle failed'))
      .finally(() => {
        this.cycle = undefined;
        if (this.cycleRequested) {
          this.cycleRequested = false;
          this.wake();
        }
      });
  }

  private async runCycle(): Promise<void> {
    await this.applyRequests();
    for (const webhook of this.webhooks.values()) {
      if (webhook.active && !this.stopped) await this.fill(webhook);
    }
    if (this.stopped || !this.lease.isHeld()) return;
    const capacity = this.config.maxConcurrentDeliveries - this.inFlight.size;
    const picks = selectDispatchable(this.outbox.queueHeads(), new Set(this.inFlight.keys()), this.clock.now().getTime(), capacity);
    for (const head of picks) {
      const key = queueKey(head);
      this.inFlight.set(
        key,
        this.deliver(head).finally(() => {
          this.inFlight.delete(key);
          this.wake();
        }),
      );
    }
  }

  /** Copies the webhook's matching events after its checkpoint into the outbox. */
  private async fill(webhook: Webhook): Promise<void> {
    let after = this.outbox.checkpoint(webhook.id) ?? webhook.startAfter;
    for (;;) {
      const page = await this.store.readAll({ after, types: webhook.eventTypes, streamPrefixes: [CUSTOMER_STREAM_PREFIX], limit: FILL_PAGE });
      if (page.length === 0 || this.stopped || !this.lease.isHeld()) return;
      const queued = await this.queued(webhook, page);
      after = page[page.length - 1].position;
      this.outbox.enqueue(webhook.id, queued, after, this.clock.now().getTime());
      if (page.length < FILL_PAGE) return;
    }
  }

  /** The body shows what its owner would see in the feed under the owner's role as defined now, but never `sensitive`. */
  private async queued(webhook: Webhook, events: readonly RecordedEvent[]): Promise<QueuedEvent[]> {
    await this.access.refreshRoles();
    const view = { ...this.access.personalData({ userId: webhook.ownerId, role: webhook.ownerRole }), sensitive: false };
    return events.map((event) => ({
      position: event.position,
      eventId: event.id,
      eventType: event.type,
      customerId: customerIdOfStream(event.streamId),
      body: JSON.stringify(toFeedItem(event, view)),
    }));
  }

  /** Carries out the operators' redelivery and replay requests: their events go back into the queue. */
  private async applyRequests(): Promise<void> {
    for (const request of this.outbox.openRequests()) {
      if (this.stopped || !this.lease.isHeld()) return;
      const webhook = this.webhooks.get(webhookStream(request.webhookId));
      if (!webhook?.active) {
        this.outbox.closeRequest(request.eventId);
        continue;
      }
      if (request.kind === 'redelivery') {
        const [event] = await this.store.readAll({ after: request.position - 1, streamPrefixes: [CUSTOMER_STREAM_PREFIX], limit: 1 });
        const events = event?.position === request.position ? [event] : [];
        this.outbox.requeue(request.eventId, webhook.id, await this.queued(webhook, events), request.position, true, this.clock.now().getTime());
        continue;
      }
      // A replay goes page by page; each page and the cursor are saved together, so a restart resumes it.
      for (let cursor = request.cursor; ;) {
        const page = (
          await this.store.readAll({ after: cursor, types: webhook.eventTypes, streamPrefixes: [CUSTOMER_STREAM_PREFIX], limit: FILL_PAGE })
        ).filter((event) => event.position <= request.upTo);
        const done = page.length < FILL_PAGE;
        cursor = done ? request.upTo : page[page.length - 1].position;
        this.outbox.requeue(request.eventId, webhook.id, await this.queued(webhook, page), cursor, done, this.clock.now().getTime());
        if (done || this.stopped || !this.lease.isHeld()) break;
      }
    }
  }

  private async deliver(head: QueueHead): Promise<void> {
    const row = this.outbox.find(head.webhookId, head.position);
    const webhook = this.webhooks.get(webhookStream(head.webhookId));
    if (!row || row.body === null || !this.lease.isHeld()) return;
    if (!webhook?.active) {
      this.outbox.cancelPending(head.webhookId);
      return;
    }
    const now = this.clock.now();
    const refusal = await this.targets.refusal(webhook.url);
    const headers = webhookHeaders(signingSecrets(webhook, now, this.config.secretRotationGraceMs), row.event_id, Math.floor(now.getTime() / 1000), row.body);
    const sent = refusal
      ? { error: `refused: ${refusal}`, durationMs: 0, interrupted: false, statusCode: undefined }
      : await sendWebhook(webhook.url, headers, row.body, {
          timeoutMs: this.config.deliveryTimeoutMs,
          shutdown: this.shutdown.signal,
          policy: this.config.urlPolicy,
        });
    if (sent.interrupted) return;
    const at = this.clock.now().getTime();
    const delivered = sent.statusCode !== undefined && isSuccessfulStatus(sent.statusCode);
    const delay = delivered ? undefined : retryDelayMs(row.attempts - row.attempt_base + 1, this.config.retry);
    const outcome: AttemptOutcome = {
      at,
      durationMs: sent.durationMs,
      ...(sent.statusCode !== undefined ? { statusCode: sent.statusCode } : {}),
      ...(sent.error ? { error: sent.error } : {}),
      result: delivered ? { kind: 'delivered' } : delay === undefined ? { kind: 'failed' } : { kind: 'retry', at: at + delay },
    };
    this.outbox.record(head.webhookId, head.position, outcome);
    if (outcome.result.kind === 'failed') this.logger.warn({ webhookId: webhook.id, eventId: row.event_id }, 'Webhook delivery failed for good');
  }
}

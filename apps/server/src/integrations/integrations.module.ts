import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/app-config.js';
import { WebhookDeliveryWorker } from './delivery/webhook-delivery-worker.js';
import { WebhookOutboxErasureHandler } from './delivery/webhook-outbox-erasure.handler.js';
import { webhookOutboxProvider, WebhookOutboxCloser } from './delivery/webhook-outbox.provider.js';
import { EventStreamController } from './feed/event-stream.controller.js';
import { EventStreamService } from './feed/event-stream.service.js';
import { EventsFeedController } from './feed/events-feed.controller.js';
import { INTEGRATIONS_CONFIG, integrationsConfigOf } from './integrations-config.js';
import { DeliveryLog } from './webhooks/delivery-log.js';
import { WebhookRegistry } from './webhooks/webhook-registry.js';
import { WebhookTargetCheck } from './webhooks/webhook-target-check.js';
import { WebhooksController } from './webhooks/webhooks.controller.js';

/** Integrators (SPEC §6): the event feed (page and SSE), its schemas, and signed webhooks. */
@Module({
  controllers: [EventsFeedController, EventStreamController, WebhooksController],
  providers: [
    { provide: INTEGRATIONS_CONFIG, useFactory: integrationsConfigOf, inject: [APP_CONFIG] },
    webhookOutboxProvider,
    WebhookOutboxCloser,
    WebhookOutboxErasureHandler,
    WebhookTargetCheck,
    WebhookRegistry,
    DeliveryLog,
    EventStreamService,
    WebhookDeliveryWorker,
  ],
})
export class IntegrationsModule {}

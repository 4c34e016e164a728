import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { INTEGRATIONS_CONFIG, type IntegrationsConfig } from '../integrations-config.js';
import { WebhookOutbox } from './webhook-outbox.js';

export const webhookOutboxProvider = {
  provide: WebhookOutbox,
  useFactory: (config: IntegrationsConfig) => new WebhookOutbox(config.webhooksDbFile),
  inject: [INTEGRATIONS_CONFIG],
};

/** Closes the outbox database after the worker has stopped (workers stop in beforeApplicationShutdown). */
@Injectable()
export class WebhookOutboxCloser implements OnApplicationShutdown {
  constructor(@Inject(WebhookOutbox) private readonly outbox: WebhookOutbox) {}
  onApplicationShutdown(): void {
    this.outbox.close();
  }
}

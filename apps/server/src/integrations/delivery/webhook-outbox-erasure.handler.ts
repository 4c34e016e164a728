import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { PersonalDataErasedNotice } from '../../customers/commands/erase-personal-data/personal-data-erased.notice.js';
import { erasedWebhookBody } from './webhook-outbox-erasure.js';
import { WebhookOutbox } from './webhook-outbox.js';

/** Erasure reaches the webhook queue: deliveries still pending are sent with the data as it reads once erased. */
@EventsHandler(PersonalDataErasedNotice)
export class WebhookOutboxErasureHandler implements IEventHandler<PersonalDataErasedNotice> {
  constructor(private readonly outbox: WebhookOutbox) {}

  handle({ customerId }: PersonalDataErasedNotice): void {
    this.outbox.rewritePendingBodies(customerId, erasedWebhookBody);
  }
}

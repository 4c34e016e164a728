import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { PersonalDataErasedNotice } from '../customers/commands/erase-personal-data/personal-data-erased.notice.js';
import { ReportInbox } from './report-inbox.js';

/** Erasure reaches the report inbox: delivered reports that name the customer are deleted. */
@EventsHandler(PersonalDataErasedNotice)
export class ReportInboxErasureHandler implements IEventHandler<PersonalDataErasedNotice> {
  constructor(private readonly inbox: ReportInbox) {}

  async handle({ customerId }: PersonalDataErasedNotice): Promise<void> {
    await this.inbox.forgetCustomer(customerId);
  }
}

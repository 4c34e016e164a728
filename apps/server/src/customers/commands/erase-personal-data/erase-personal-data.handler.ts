import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { commandResultOf, CustomerCommandPipeline, DuplicateDetector, type CommandResult } from '#application';
import type { CustomerState } from '#domain';
import { PersonalDataEventStore } from '#privacy';
import { CLOCK, type Clock } from '#shared';
import { ErasePersonalDataCommand } from './erase-personal-data.command.js';
import { PersonalDataErasedNotice } from './personal-data-erased.notice.js';

/**
 * Crypto-shredding (SPEC §7): once the erasure is accepted, the customer's key is destroyed first, so
 * that from this instant no reader can decrypt its personal fields; then `CustomerPersonalDataErased`
 * records who erased what and why; copies outside the event log (queued webhook bodies) are told to forget it. A crash in between is completed by retrying: both steps are idempotent.
 */
@CommandHandler(ErasePersonalDataCommand)
export class ErasePersonalDataHandler implements ICommandHandler<ErasePersonalDataCommand> {
  constructor(
    private readonly pipeline: CustomerCommandPipeline,
    private readonly personalData: PersonalDataEventStore,
    private readonly duplicates: DuplicateDetector,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  async execute({ customerId, reason, context }: ErasePersonalDataCommand): Promise<CommandResult> {
    const erase = async ({ state }: { state: CustomerState }) => {
      // While the key still exists: free the name and contact for duplicate detection.
      if (state.kind === 'registered' && !state.personalDataErased)
        await this.duplicates.release(state.name, state.contact, customerId, context, this.clock.now());
      await this.personalData.erase(customerId, this.clock.now());
      this.events.publish(new PersonalDataErasedNotice(customerId));
    };
    const erased = await this.pipeline.execute(customerId, context, (now) => ({ type: 'EraseCustomerPersonalData', data: { reason }, now }), {
      retryOnConflict: true,
      beforeAppend: erase,
    });
    return commandResultOf(erased);
  }
}

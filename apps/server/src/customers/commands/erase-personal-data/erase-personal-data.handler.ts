import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CustomerCommandPipeline, DuplicateDetector, type CommandResult } from '#application';
import { DomainError } from '#domain';
import { PersonalDataEventStore } from '#privacy';
import { CLOCK, type Clock } from '#shared';
import { ErasePersonalDataCommand } from './erase-personal-data.command.js';

/**
 * Crypto-shredding (SPEC §7): the customer's key is destroyed first, so that from this instant no
 * reader can decrypt its personal fields; then `CustomerPersonalDataErased` records who erased
 * what and why. A crash in between is completed by retrying: both steps are idempotent.
 */
@CommandHandler(ErasePersonalDataCommand)
export class ErasePersonalDataHandler implements ICommandHandler<ErasePersonalDataCommand> {
  constructor(
    private readonly pipeline: CustomerCommandPipeline,
    private readonly personalData: PersonalDataEventStore,
    private readonly duplicates: DuplicateDetector,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ customerId, reason, context }: ErasePersonalDataCommand): Promise<CommandResult> {
    const { state } = await this.pipeline.load(customerId);
    if (state.kind !== 'registered') throw new DomainError('not-found', 'Customer not found');
    // While the key still exists: free the name and contact for duplicate detection.
    if (!state.personalDataErased) await this.duplicates.release(state.name, state.contact, customerId, context, this.clock.now());
    await this.personalData.erase(customerId, this.clock.now());
    return this.pipeline.execute(customerId, context, (now) => ({ type: 'EraseCustomerPersonalData', data: { reason }, now }), { retryOnConflict: true });
  }
}

import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { commandResultOf, CustomerCommandPipeline, DuplicateDetector, normalizePatch, type CommandResult } from '#application';
import type { ProfilePatch } from '#domain';
import { CLOCK, type Clock } from '#shared';
import { plain } from '../../dto/plain.js';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { UpdateCustomerProfileCommand } from './update-customer-profile.command.js';

@CommandHandler(UpdateCustomerProfileCommand)
export class UpdateCustomerProfileHandler implements ICommandHandler<UpdateCustomerProfileCommand> {
  constructor(
    private readonly pipeline: CustomerCommandPipeline,
    private readonly duplicates: DuplicateDetector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ customerId, changes, expectedRevision, context }: UpdateCustomerProfileCommand): Promise<CommandResult> {
    const { patch, entered } = normalizePatch(plain(changes) as ProfilePatch);
    const data = { changes: patch, industries: this.config.industries, ...(entered ? { entered } : {}) };
    const result = await this.pipeline.execute(customerId, context, (now) => ({ type: 'UpdateCustomerProfile', data, now }), { expectedRevision });
    const { before, state: after } = result;
    if (before.kind === 'registered' && after.kind === 'registered' && (data.changes.name !== undefined || data.changes.contact !== undefined)) {
      // Keep duplicate detection describing who the customer is now.
      await this.duplicates.move(before, after, customerId, context, this.clock.now());
    }
    return commandResultOf(result);
  }
}

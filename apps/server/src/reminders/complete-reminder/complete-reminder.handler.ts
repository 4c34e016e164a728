import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccessPolicy, commandResultOf, CustomerCommandPipeline, type CommandResult } from '#application';
import { DomainError } from '#domain';
import { REMINDERS, type ReminderDocument } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { CompleteReminderCommand } from './complete-reminder.command.js';

/** Finds the reminder's customer in the read model, then completes it in that customer's stream. */
@CommandHandler(CompleteReminderCommand)
export class CompleteReminderHandler implements ICommandHandler<CompleteReminderCommand> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    private readonly pipeline: CustomerCommandPipeline,
    private readonly access: AccessPolicy,
  ) {}

  async execute({ reminderId, context }: CompleteReminderCommand): Promise<CommandResult> {
    const reminder = await this.store.get<ReminderDocument>(REMINDERS, reminderId);
    if (!reminder) throw new DomainError('not-found', 'Reminder not found');
    await this.access.assertMayComplete(context.actor, reminder.document);
    const data = { reminderId, completedBy: context.actor.userId };
    return this.pipeline.execute(reminder.document.customerId, context, (now) => ({ type: 'CompleteReminder', data, now })).then(commandResultOf);
  }
}

import { Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { EVENT_STORE, type EventStore } from '#event-store';

import { ProjectionWaiter } from '../read-side/read-your-writes/projection-waiter.js';
import { CompleteReminderController } from './complete-reminder/complete-reminder.controller.js';
import { CompleteReminderHandler } from './complete-reminder/complete-reminder.handler.js';
import { lazyReadStore } from './lazy-read-store.js';
import { ListRemindersController } from './list-reminders/list-reminders.controller.js';
import { ListRemindersHandler } from './list-reminders/list-reminders.handler.js';

/**
 * Reminders (SPEC §5/§6): the list with the `overdue` flag from the clock, and completion. The read
 * model is the `reminders` projection, run by the read side with every other projection.
 */
@Module({
  controllers: [ListRemindersController, CompleteReminderController],
  providers: [
    ListRemindersHandler,
    CompleteReminderHandler,
    // X-Min-Position on reminder routes: the read side's waiter, over its store looked up lazily.
    {
      provide: ProjectionWaiter,
      useFactory: (ref: ModuleRef, events: EventStore) => new ProjectionWaiter(lazyReadStore(ref), events),
      inject: [ModuleRef, EVENT_STORE],
    },
  ],
})
export class RemindersModule {}

import { Module } from '@nestjs/common';
import { ReadSideModule } from '../read-side/read-side.module.js';
import { CompleteReminderController } from './complete-reminder/complete-reminder.controller.js';
import { CompleteReminderHandler } from './complete-reminder/complete-reminder.handler.js';
import { ListRemindersController } from './list-reminders/list-reminders.controller.js';
import { ListRemindersHandler } from './list-reminders/list-reminders.handler.js';

/**
 * Reminders (SPEC §5/§6): the list with the `overdue` flag from the clock, and completion. The read
 * model is the `reminders` projection, run by the read side with every other projection; the read
 * side also lends its store and its X-Min-Position waiter.
 */
@Module({
  imports: [ReadSideModule],
  controllers: [ListRemindersController, CompleteReminderController],
  providers: [ListRemindersHandler, CompleteReminderHandler],
})
export class RemindersModule {}

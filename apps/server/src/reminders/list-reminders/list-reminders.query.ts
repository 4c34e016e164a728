import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';
import type { ReminderDocument } from '#projections';
import type { ListRemindersDto } from './list-reminders.dto.js';

interface ReminderView extends ReminderDocument {
  /** Open and due before now (the injected clock). */
  overdue: boolean;
}

export interface ReminderPage {
  items: ReminderView[];
  nextCursor: string | null;
}

export class ListRemindersQuery extends Query<ReminderPage> {
  constructor(
    readonly filter: ListRemindersDto,
    readonly actor: Actor,
  ) {
    super();
  }
}

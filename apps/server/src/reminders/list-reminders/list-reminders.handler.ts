import { BadRequestException, Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import { REMINDERS, type ReminderDocument } from '#projections';
import { decodeCursor, encodeCursor, READ_STORE, type DocumentFilter, type ReadStore } from '#read-store';
import { CLOCK, type Clock } from '#shared';
import { ListRemindersQuery, type ReminderPage } from './list-reminders.query.js';

const DEFAULT_LIMIT = 100;

/** Soonest due first. Reminders are assigned to the customers' owners, so whose the actor sees is the owner filter. */
@QueryHandler(ListRemindersQuery)
export class ListRemindersHandler implements IQueryHandler<ListRemindersQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    private readonly access: AccessPolicy,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ filter, actor }: ListRemindersQuery): Promise<ReminderPage> {
    const assignees = await this.access.ownerFilter(actor, filter.assigneeId);
    if (assignees !== undefined && assignees.length === 0) return { items: [], nextCursor: null };
    const after = filter.cursor === undefined ? undefined : decodeCursor(filter.cursor);
    if (filter.cursor !== undefined && after === undefined) throw new BadRequestException('cursor is not one we issued');

    const where: DocumentFilter = {
      equals: { ...(assignees ? { assigneeId: assignees } : {}), ...(filter.status ? { status: filter.status } : {}) },
      ...(filter.dueBefore ? { range: { dueAt: { lt: new Date(filter.dueBefore).toISOString() } } } : {}),
    };
    const page = await this.store.list<ReminderDocument>(REMINDERS, {
      filter: where,
      sort: { field: 'dueAt', direction: 'asc' },
      limit: filter.limit ?? DEFAULT_LIMIT,
      ...(after ? { after } : {}),
    });
    const now = this.clock.now().toISOString();
    return {
      items: page.items.map((reminder) => ({ ...reminder, overdue: reminder.status === 'open' && reminder.dueAt < now })),
      nextCursor: page.next ? encodeCursor(page.next) : null,
    };
  }
}

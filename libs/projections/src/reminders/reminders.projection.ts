import type { RecordedEvent } from '#event-store';
import { customerIdOfStream } from '#domain';
import { customerEventOf } from '../customer-event.js';
import type { Projection, ProjectionDocuments } from '../projection.js';
import {
  REMINDER_OWNERS,
  REMINDERS,
  reminderOwnersCollection,
  remindersCollection,
  type ReminderDocument,
  type ReminderOwnerDocument,
} from './reminder.document.js';

/**
 * One document per reminder. Open reminders assigned to the owner follow the customer when the owner
 * changes (the same rule as the domain's evolve), so "my reminders" are those of the customers I own.
 */
export const remindersProjection: Projection = {
  name: 'reminders',
  collections: [remindersCollection, reminderOwnersCollection],
  async apply(recorded: RecordedEvent, documents: ProjectionDocuments): Promise<void> {
    const event = customerEventOf(recorded);
    if (!event) return;
    const customerId = customerIdOfStream(recorded.streamId);
    const at = recorded.metadata.recordedAt;
    switch (event.type) {
      case 'ReminderScheduled': {
        const { customerId: _customerId, reminderId, ...scheduled } = event.data;
        documents.put(REMINDERS, { ...scheduled, id: reminderId, customerId, status: 'open', scheduledAt: at } satisfies ReminderDocument);
        // Created with the first reminder, not at registration: most customers never have one.
        const owner = (await documents.get<ReminderOwnerDocument>(REMINDER_OWNERS, customerId)) ?? {
          id: customerId,
          ownerId: scheduled.assigneeId,
          openReminderIds: [],
        };
        documents.put(REMINDER_OWNERS, { ...owner, openReminderIds: [...owner.openReminderIds, reminderId] } satisfies ReminderOwnerDocument);
        return;
      }
      case 'ReminderCompleted':
        await close(documents, customerId, event.data.reminderId, { status: 'completed', completedAt: at, completedBy: event.data.completedBy });
        return;
      case 'ReminderCancelled':
        await close(documents, customerId, event.data.reminderId, { status: 'cancelled', cancelledAt: at, cancelReason: event.data.reason });
        return;
      case 'CustomerOwnerChanged': {
        const owner = await documents.get<ReminderOwnerDocument>(REMINDER_OWNERS, customerId);
        if (!owner) return;
        for (const reminderId of owner.openReminderIds) {
          const reminder = await documents.get<ReminderDocument>(REMINDERS, reminderId);
          if (reminder?.assigneeId === event.data.from) documents.put(REMINDERS, { ...reminder, assigneeId: event.data.to });
        }
        documents.put(REMINDER_OWNERS, { ...owner, ownerId: event.data.to });
        return;
      }
      case 'CustomerAbsorbed':
        await moveReminders(documents, event.data.moved.reminders, event.data.from, customerId, event.data.ownerId);
        return;
      case 'CustomerAbsorptionReverted':
        await moveReminders(documents, event.data.returned.reminders, customerId, event.data.from, undefined);
        return;
      default:
        return;
    }
  },
};

/** Open reminders moved by a merge (or back): they keep their ids and assignees and change customer. */
async function moveReminders(
  documents: ProjectionDocuments,
  moved: readonly { reminderId: string }[],
  from: string,
  to: string,
  toOwnerId: string | undefined,
): Promise<void> {
  if (moved.length === 0) return;
  const ids = moved.map((r) => r.reminderId);
  for (const reminderId of ids) {
    const reminder = await documents.get<ReminderDocument>(REMINDERS, reminderId);
    if (reminder) documents.put(REMINDERS, { ...reminder, customerId: to });
  }
  await updateOwner(documents, from, (owner) => ({ ...owner, openReminderIds: owner.openReminderIds.filter((id) => !ids.includes(id)) }));
  const target = await documents.get<ReminderOwnerDocument>(REMINDER_OWNERS, to);
  const ownerId = target?.ownerId ?? toOwnerId;
  if (ownerId === undefined) return;
  const open = (target?.openReminderIds ?? []).filter((id) => !ids.includes(id));
  documents.put(REMINDER_OWNERS, { id: to, ownerId, openReminderIds: [...open, ...ids] } satisfies ReminderOwnerDocument);
}

async function close(documents: ProjectionDocuments, customerId: string, reminderId: string, changes: Partial<ReminderDocument>): Promise<void> {
  const reminder = await documents.get<ReminderDocument>(REMINDERS, reminderId);
  if (reminder) documents.put(REMINDERS, { ...reminder, ...changes });
  await updateOwner(documents, customerId, (owner) => ({ ...owner, openReminderIds: owner.openReminderIds.filter((id) => id !== reminderId) }));
}

async function updateOwner(documents: ProjectionDocuments, customerId: string, change: (owner: ReminderOwnerDocument) => ReminderOwnerDocument): Promise<void> {
  const owner = await documents.get<ReminderOwnerDocument>(REMINDER_OWNERS, customerId);
  if (owner) documents.put(REMINDER_OWNERS, change(owner));
}

import type { RecordedEvent } from '#event-store';
import { customerIdOfStream, erasedNameAndContact, withoutCleared } from '#domain';
import { customerEventOf, occurredAtOf } from '../customer-event.js';
import type { CustomerProfileDocument } from './customer-profile.document.js';
import { contactSearchKeys } from './customer-search-keys.js';
import { qualityFlagsOf } from './quality-flags.js';

const later = (a: string | undefined, b: string): string => (a !== undefined && a > b ? a : b);

/** The profile document after one event: a pure mapping (undefined before registration). */
export function evolveCustomerProfile(current: CustomerProfileDocument | undefined, recorded: RecordedEvent): CustomerProfileDocument | undefined {
  const event = customerEventOf(recorded);
  if (!event) return current === undefined ? undefined : touched(current, recorded);
  if (event.type === 'CustomerRegistered') {
    const { customerId, registeredAt, sensitive: _sensitive, entered: _entered, ...profile } = event.data;
    return {
      ...profile,
      id: customerId,
      registeredAt,
      statusChangedAt: registeredAt,
      updatedAt: occurredAtOf(recorded),
      revision: recorded.revision,
      tags: [],
      tagDetails: [],
      followUpCount: 0,
      orders: [],
      orderCount: 0,
      activityAt: registeredAt,
      searchKeys: contactSearchKeys(profile.contact),
      qualityFlags: qualityFlagsOf(profile),
    };
  }
  if (current === undefined) return undefined;
  // `next` is a fresh copy: the cases below change it in place rather than copying it again.
  const next = touched(current, recorded);
  switch (event.type) {
    case 'CustomerProfileUpdated': {
      // Sensitive fields stay out of read models: they are shown to admins from the stream only.
      const { sensitive: _sensitive, ...changes } = event.data.changes;
      const updated = withoutCleared(Object.assign(next, changes), event.data.cleared);
      updated.searchKeys = contactSearchKeys(updated.contact);
      updated.qualityFlags = qualityFlagsOf(updated);
      return updated;
    }
    case 'CustomerStatusChanged':
      next.status = event.data.to;
      next.statusChangedAt = occurredAtOf(recorded);
      return next;
    case 'FollowUpRecorded': {
      const { at, result, nextFollowUpAt } = event.data;
      const isLatest = current.lastFollowUpAt === undefined || at >= current.lastFollowUpAt;
      next.followUpCount = current.followUpCount + 1;
      next.lastFollowUpAt = later(current.lastFollowUpAt, at);
      if (isLatest) {
        next.lastFollowUpResult = result;
        next.nextFollowUpAt = nextFollowUpAt;
      }
      return withInteraction(next);
    }
    case 'OrderRecorded': {
      const { orderId, amount, currency, orderedAt } = event.data;
      if (current.orders.some((order) => order.orderId === orderId)) return next;
      next.orders = [...current.orders, { orderId, amount, currency, orderedAt }];
      next.orderCount = current.orderCount + 1;
      next.lastOrderAt = later(current.lastOrderAt, orderedAt);
      return withInteraction(next);
    }
    case 'CustomerTagged': {
      const { tag, source, ruleId } = event.data;
      if (current.tags.includes(tag)) return next;
      next.tags = [...current.tags, tag];
      next.tagDetails = [...current.tagDetails, ruleId === undefined ? { tag, source } : { tag, source, ruleId }];
      return next;
    }
    case 'CustomerUntagged':
      next.tags = current.tags.filter((t) => t !== event.data.tag);
      next.tagDetails = current.tagDetails.filter((t) => t.tag !== event.data.tag);
      return next;
    case 'CustomerOwnerChanged':
      next.ownerId = event.data.to;
      return next;
    case 'CustomerPersonalDataErased': {
      const erased = erasedNameAndContact(current.contact);
      next.name = erased.name;
      next.contact = erased.contact;
      next.searchKeys = [];
      next.qualityFlags = qualityFlagsOf(next);
      return next;
    }
    case 'ReminderScheduled':
    case 'ReminderCompleted':
    case 'ReminderCancelled':
      return next;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

function touched(current: CustomerProfileDocument, recorded: RecordedEvent): CustomerProfileDocument {
  return { ...current, revision: recorded.revision, updatedAt: later(current.updatedAt, occurredAtOf(recorded)) };
}

/** Sets the interaction times on a document this module just copied. */
function withInteraction(document: CustomerProfileDocument): CustomerProfileDocument {
  const { lastFollowUpAt, lastOrderAt } = document;
  const lastInteractionAt = lastFollowUpAt === undefined ? lastOrderAt : lastOrderAt === undefined ? lastFollowUpAt : later(lastFollowUpAt, lastOrderAt);
  if (lastInteractionAt === undefined) return document;
  document.lastInteractionAt = lastInteractionAt;
  document.activityAt = lastInteractionAt;
  return document;
}

export const customerIdOf = (recorded: RecordedEvent): string => customerIdOfStream(recorded.streamId);

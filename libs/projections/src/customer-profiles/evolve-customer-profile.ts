import type { RecordedEvent } from '../../../event-store/src/index.js';
import { customerIdOfStream } from '../../../application/src/command-pipeline/stream-names.js';
import { customerEventOf, occurredAtOf } from '../customer-event.js';
import { ERASED } from '../../../domain/src/index.js';
import type { CustomerProfileDocument } from './customer-profile.document.js';

const later = (a: string | undefined, b: string): string => (a !== undefined && a > b ? a : b);

/** The profile document after one event: a pure mapping (undefined before registration). */
export function evolveCustomerProfile(current: CustomerProfileDocument | undefined, recorded: RecordedEvent): CustomerProfileDocument | undefined {
  const event = customerEventOf(recorded);
  if (!event) return current === undefined ? undefined : touched(current, recorded);
  if (event.type === 'CustomerRegistered') {
    const { customerId, registeredAt, sensitive: _sensitive, ...profile } = event.data;
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
    };
  }
  if (current === undefined) return undefined;
  const next = touched(current, recorded);
  switch (event.type) {
    case 'CustomerProfileUpdated': {
      // Sensitive fields stay out of read models: they are shown to admins from the stream only.
      const { sensitive: _sensitive, ...changes } = event.data.changes;
      return { ...next, ...changes };
    }
    case 'CustomerStatusChanged':
      return { ...next, status: event.data.to, statusChangedAt: occurredAtOf(recorded) };
    case 'FollowUpRecorded': {
      const { at, result, nextFollowUpAt } = event.data;
      const isLatest = current.lastFollowUpAt === undefined || at >= current.lastFollowUpAt;
      return withInteraction({
        ...next,
        followUpCount: current.followUpCount + 1,
        lastFollowUpAt: later(current.lastFollowUpAt, at),
        ...(isLatest ? { lastFollowUpResult: result, nextFollowUpAt } : {}),
      });
    }
    case 'OrderRecorded': {
      const { orderId, amount, currency, orderedAt } = event.data;
      if (current.orders.some((order) => order.orderId === orderId)) return next;
      return withInteraction({
        ...next,
        orders: [...current.orders, { orderId, amount, currency, orderedAt }],
        orderCount: current.orderCount + 1,
        lastOrderAt: later(current.lastOrderAt, orderedAt),
      });
    }
    case 'CustomerTagged': {
      const { tag, source, ruleId } = event.data;
      if (current.tags.includes(tag)) return next;
      return { ...next, tags: [...current.tags, tag], tagDetails: [...current.tagDetails, ruleId === undefined ? { tag, source } : { tag, source, ruleId }] };
    }
    case 'CustomerUntagged':
      return { ...next, tags: current.tags.filter((t) => t !== event.data.tag), tagDetails: current.tagDetails.filter((t) => t.tag !== event.data.tag) };
    case 'CustomerOwnerChanged':
      return { ...next, ownerId: event.data.to };
    case 'CustomerPersonalDataErased': {
      const erased = evolveErasureOfProfile(current);
      return { ...next, name: erased.name, contact: erased.contact };
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

/** The same blanking the domain applies, so the read model never keeps what the key protected. */
function evolveErasureOfProfile(current: CustomerProfileDocument): { name: string; contact: CustomerProfileDocument['contact'] } {
  return { name: ERASED, contact: Object.fromEntries(Object.entries(current.contact).map(([k, v]) => [k, v === undefined ? v : ERASED])) };
}

function touched(current: CustomerProfileDocument, recorded: RecordedEvent): CustomerProfileDocument {
  return { ...current, revision: recorded.revision, updatedAt: later(current.updatedAt, occurredAtOf(recorded)) };
}

function withInteraction(document: CustomerProfileDocument): CustomerProfileDocument {
  const candidates = [document.lastFollowUpAt, document.lastOrderAt].filter((t): t is string => t !== undefined);
  const lastInteractionAt = candidates.sort().at(-1);
  if (lastInteractionAt === undefined) return document;
  return { ...document, lastInteractionAt, activityAt: lastInteractionAt };
}

export const customerIdOf = (recorded: RecordedEvent): string => customerIdOfStream(recorded.streamId);

import type { RecordedEvent } from '#event-store';
import { customerIdOfStream, erasedNameAndContact, lifetimeSpend, tierHeldUntil, withoutCleared } from '#domain';
import { customerEventOf, occurredAtOf } from '../customer-event.js';
import type { CustomerProfileDocument } from './customer-profile.document.js';
import { contactSearchKeys } from './customer-search-keys.js';
import { evolveProfileMerge } from './evolve-profile-merge.js';
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
      const { at, result, nextFollowUpAt, kind, followUpId } = event.data;
      if (kind === 'complaint') withOpenComplaints(next, [...(current.openComplaints ?? []), { followUpId, at }]);
      if (kind === 'inquiry') next.lastInquiryAt = later(current.lastInquiryAt, at);
      const isLatest = current.lastFollowUpAt === undefined || at >= current.lastFollowUpAt;
      next.followUpCount = current.followUpCount + 1;
      next.lastFollowUpAt = later(current.lastFollowUpAt, at);
      if (isLatest) {
        next.lastFollowUpResult = result;
        next.nextFollowUpAt = nextFollowUpAt;
      }
      return withInteraction(next);
    }
    case 'ComplaintResolved':
      return withOpenComplaints(
        next,
        (current.openComplaints ?? []).filter((c) => c.followUpId !== event.data.followUpId),
      );
    case 'OrderRecorded': {
      const { orderId, amount, currency, orderedAt } = event.data;
      if (current.orders.some((order) => order.orderId === orderId)) return next;
      next.orders = [...current.orders, { orderId, amount, currency, orderedAt }];
      next.orderCount = current.orderCount + 1;
      next.lastOrderAt = later(current.lastOrderAt, orderedAt);
      return withInteraction(withValueFacts(next));
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
    case 'CustomerMergedInto':
    case 'CustomerAbsorbed':
    case 'CustomerUnmerged':
    case 'CustomerAbsorptionReverted':
    case 'CustomerArchived':
    case 'CustomerRestored':
      return evolveProfileMerge(next, event);
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

function touched(current: CustomerProfileDocument, recorded: RecordedEvent): CustomerProfileDocument {
  return { ...current, revision: recorded.revision, updatedAt: later(current.updatedAt, occurredAtOf(recorded)) };
}

/** Sets the open complaints, oldest first, on a document this module just copied. */
function withOpenComplaints(document: CustomerProfileDocument, open: { followUpId: string; at: string }[]): CustomerProfileDocument {
  const sorted = [...open].sort((a, b) => a.at.localeCompare(b.at));
  if (sorted.length === 0) {
    delete document.openComplaints;
    delete document.oldestOpenComplaintAt;
    return document;
  }
  document.openComplaints = sorted;
  document.oldestOpenComplaintAt = sorted[0].at;
  return document;
}

/** Sets the spend and tier facts the pivot groups by on a document this module just copied. */
function withValueFacts(document: CustomerProfileDocument): CustomerProfileDocument {
  const held = tierHeldUntil(document.orders);
  document.spendTotal = lifetimeSpend(document.orders);
  for (const [field, until] of [
    ['highTierUntil', held.high],
    ['potentialTierUntil', held.potential],
    ['normalTierUntil', held.normal],
  ] as const) {
    if (until === undefined) delete document[field];
    else document[field] = until;
  }
  return document;
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

import { latestFollowUp, type ArchiveEvent, type FollowUpRef, type MergeEvent, type MergeMoves } from '#domain';
import type { CustomerProfileDocument } from './customer-profile.document.js';

const later = (a: string | undefined, b: string | undefined): string | undefined => (a === undefined ? b : b === undefined || a > b ? a : b);

/** The profile document after a merge or archive event (`next` is a fresh copy, changed in place). */
export function evolveProfileMerge(next: CustomerProfileDocument, event: MergeEvent | ArchiveEvent): CustomerProfileDocument {
  switch (event.type) {
    case 'CustomerMergedInto':
      next.mergedInto = event.data.into;
      return without(next, event.data.moved, undefined);
    case 'CustomerUnmerged':
      delete next.mergedInto;
      return including(next, event.data.returned);
    case 'CustomerAbsorbed':
      return including(next, event.data.moved);
    case 'CustomerAbsorptionReverted':
      return without(next, event.data.returned, event.data.lastFollowUp);
    case 'CustomerArchived':
      next.archivedAt = event.data.archivedAt;
      return next;
    case 'CustomerRestored':
      delete next.archivedAt;
      return next;
  }
}

function including(next: CustomerProfileDocument, moves: MergeMoves): CustomerProfileDocument {
  const orders = moves.orders.filter((o) => !next.orders.some((held) => held.orderId === o.orderId));
  next.orders = [...next.orders, ...orders];
  next.orderCount += orders.length;
  next.lastOrderAt = orders.reduce<string | undefined>((at, o) => later(at, o.orderedAt), next.lastOrderAt);
  const tags = moves.tags.filter((t) => !next.tags.includes(t.tag));
  next.tags = [...next.tags, ...tags.map((t) => t.tag)];
  next.tagDetails = [...next.tagDetails, ...tags];
  next.followUpCount += moves.followUps.length;
  const newest = latestFollowUp(moves.followUps);
  if (newest && (next.lastFollowUpAt === undefined || newest.at >= next.lastFollowUpAt)) withLastFollowUp(next, newest);
  return withInteraction(next);
}

function without(next: CustomerProfileDocument, moves: MergeMoves, lastFollowUp: FollowUpRef | undefined): CustomerProfileDocument {
  const orderIds = new Set(moves.orders.map((o) => o.orderId));
  next.orders = next.orders.filter((o) => !orderIds.has(o.orderId));
  next.orderCount = next.orders.length;
  next.lastOrderAt = next.orders.reduce<string | undefined>((at, o) => later(at, o.orderedAt), undefined);
  const tags = new Set(moves.tags.map((t) => t.tag));
  next.tags = next.tags.filter((t) => !tags.has(t));
  next.tagDetails = next.tagDetails.filter((t) => !tags.has(t.tag));
  next.followUpCount = Math.max(0, next.followUpCount - moves.followUps.length);
  delete next.lastFollowUpAt;
  delete next.lastFollowUpResult;
  delete next.nextFollowUpAt;
  if (lastFollowUp) withLastFollowUp(next, lastFollowUp);
  return withInteraction(next);
}

function withLastFollowUp(next: CustomerProfileDocument, followUp: FollowUpRef): void {
  next.lastFollowUpAt = followUp.at;
  next.lastFollowUpResult = followUp.result;
  if (followUp.nextFollowUpAt === undefined) delete next.nextFollowUpAt;
  else next.nextFollowUpAt = followUp.nextFollowUpAt;
}

/** Interaction times recomputed from the follow-up and order times (both may have moved). */
function withInteraction(next: CustomerProfileDocument): CustomerProfileDocument {
  const lastInteractionAt = later(next.lastFollowUpAt, next.lastOrderAt);
  if (lastInteractionAt === undefined) {
    delete next.lastInteractionAt;
    next.activityAt = next.registeredAt;
  } else {
    next.lastInteractionAt = lastInteractionAt;
    next.activityAt = lastInteractionAt;
  }
  if (next.lastOrderAt === undefined) delete next.lastOrderAt;
  return next;
}

import type { FollowUpRef, MergedInto, MergeMoves } from './customer-merge.js';
import type { CustomerState } from './customer-state.js';

/**
 * What of a merge the survivor still holds, so it can give it back: every follow-up and order it
 * absorbed (they cannot be removed), and the tags and reminders it absorbed unless changed since —
 * a tag removed, a reminder completed or cancelled stays as the survivor has it.
 */
export function heldBySurvivor(moved: MergeMoves, survivor: CustomerState): MergeMoves {
  if (survivor.kind !== 'registered') return { ...moved, tags: [], reminders: [] };
  const tags = new Set(survivor.tags.map((t) => t.tag));
  const open = new Set(survivor.reminders.filter((r) => r.status === 'open').map((r) => r.reminderId));
  return { ...moved, tags: moved.tags.filter((t) => tags.has(t.tag)), reminders: moved.reminders.filter((r) => open.has(r.reminderId)) };
}

/**
 * What an unmerge returns to the merged customer: all it gave, except the tags and reminders the
 * survivor absorbed and changed since. A merge the survivor never absorbed (a crash before its append)
 * returns whole.
 */
export function returnedToMerged(merge: MergedInto, survivor: CustomerState): MergeMoves {
  const absorbed = survivor.kind === 'registered' ? survivor.absorbed?.find((a) => a.mergeId === merge.mergeId) : undefined;
  if (!absorbed) return merge.moved;
  const held = heldBySurvivor(absorbed.moved, survivor);
  const absorbedTags = new Set(absorbed.moved.tags.map((t) => t.tag));
  const heldTags = new Set(held.tags.map((t) => t.tag));
  const absorbedReminders = new Set(absorbed.moved.reminders.map((r) => r.reminderId));
  const heldReminders = new Set(held.reminders.map((r) => r.reminderId));
  return {
    ...merge.moved,
    tags: merge.moved.tags.filter((t) => !absorbedTags.has(t.tag) || heldTags.has(t.tag)),
    reminders: merge.moved.reminders.filter((r) => !absorbedReminders.has(r.reminderId) || heldReminders.has(r.reminderId)),
  };
}

/** The latest follow-up by business time (the last one recorded among equals), as the profile shows it. */
export function latestFollowUp(followUps: readonly FollowUpRef[]): FollowUpRef | undefined {
  return followUps.reduce<FollowUpRef | undefined>((latest, f) => (latest === undefined || f.at >= latest.at ? f : latest), undefined);
}

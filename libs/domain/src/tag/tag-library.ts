import type { Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { assertTextLength, FIELD_LIMITS } from '../customer/field-limits.js';
import { TAG_PATTERN } from '../customer/customer-vocabulary.js';

// The tag library (seed 000: 基本信息/行為/價值/偏好 標籤, 每季度復盤, 刪除無效標籤): each tag's
// category and description as events in `tag-<name>`, so a tag's definition has history.

export const TAG_CATEGORIES = ['basic', 'behaviour', 'value', 'preference'] as const;
export type TagCategory = (typeof TAG_CATEGORIES)[number];
/** A tag used on customers before anyone described it. */
export const UNCATEGORISED = 'uncategorised';

export const TAG_DESCRIPTION_MAX = 500;

/** Where the tags the default rules set sit until someone describes them otherwise. */
export const DEFAULT_TAG_CATEGORIES: Readonly<Record<string, TagCategory>> = {
  'high-value': 'value',
  'churn-risk': 'behaviour',
  'pending-deal': 'behaviour',
  'recent-order': 'behaviour',
  'recent-inquiry': 'behaviour',
};

type TagDescribed = { type: 'TagDescribed'; data: { tag: string; category: TagCategory; description?: string; describedAt: string } };
type TagRetired = { type: 'TagRetired'; data: { tag: string; reason: string; retiredAt: string } };
export type TagLibraryEvent = TagDescribed | TagRetired;
export const TAG_LIBRARY_EVENT_TYPES: readonly TagLibraryEvent['type'][] = ['TagDescribed', 'TagRetired'];

type DescribeTag = { type: 'DescribeTag'; data: { tag: string; category: TagCategory; description?: string }; now: Date };
type RetireTag = { type: 'RetireTag'; data: { tag: string; reason: string }; now: Date };
export type TagLibraryCommand = DescribeTag | RetireTag;

export interface TagDefinition {
  tag: string;
  /** Absent on a tag retired before anyone described it. */
  category?: TagCategory;
  description?: string;
  retiredAt?: string;
  retiredReason?: string;
}
export type TagState = TagDefinition | undefined;

export const tagStream = (tag: string): string => `tag-${tag}`;

function decideTag(command: TagLibraryCommand, state: TagState): TagLibraryEvent[] {
  const { tag } = command.data;
  assertTextLength('tag', tag, FIELD_LIMITS.tag, true);
  if (!TAG_PATTERN.test(tag)) throw new DomainError('invalid-value', 'tag must not start or end with spaces', 'tag');
  if (state?.retiredAt !== undefined) {
    if (command.type === 'RetireTag') return [];
    throw new DomainError('tag-retired', `Tag "${tag}" was retired at ${state.retiredAt}`, 'tag');
  }
  if (command.type === 'RetireTag') {
    assertTextLength('reason', command.data.reason, FIELD_LIMITS.reason, true);
    return [{ type: 'TagRetired', data: { tag, reason: command.data.reason, retiredAt: command.now.toISOString() } }];
  }
  const { category, description } = command.data;
  if (!(TAG_CATEGORIES as readonly string[]).includes(category)) {
    throw new DomainError('invalid-value', `category must be one of: ${TAG_CATEGORIES.join(', ')}`, 'category');
  }
  assertTextLength('description', description, TAG_DESCRIPTION_MAX);
  if (state && state.category === category && state.description === description) return [];
  const described = { tag, category, describedAt: command.now.toISOString() };
  return [{ type: 'TagDescribed', data: description === undefined ? described : { ...described, description } }];
}

export function evolveTag(state: TagState, event: TagLibraryEvent): TagState {
  if (event.type === 'TagDescribed') {
    const { tag, category, description } = event.data;
    return description === undefined ? { tag, category } : { tag, category, description };
  }
  return { ...(state ?? { tag: event.data.tag }), retiredAt: event.data.retiredAt, retiredReason: event.data.reason };
}

export const tagLibraryDecider: Decider<TagLibraryCommand, TagLibraryEvent, TagState> = {
  streamOf: tagStream,
  initialState: () => undefined,
  decide: decideTag,
  evolve: evolveTag,
};

import type { Decider } from '#domain';
import { DEFAULT_RULE_BOOK, EDITABLE_FIELDS, type EditableField, type RuleBook, type RuleChanges, type RuleId } from './rule-catalog.js';

// Admin edits of the rules are events in the `tag-rules` stream, so every version and who made it
// stays in the audit trail; the current book is the defaults folded with those events.

export const TAG_RULES_STREAM = 'tag-rules';
const TAG_RULE_CHANGED = 'TagRuleChanged';

export interface TagRuleChangedData {
  ruleId: RuleId;
  version: number;
  changes: RuleChanges;
  changedAt: string;
  changedBy: string;
}

export type TagRuleChanged = { type: typeof TAG_RULE_CHANGED; data: TagRuleChangedData };

export type ChangeRule = { type: 'ChangeRule'; data: { ruleId: RuleId; changes: RuleChanges; changedBy: string }; now: Date };

/** The book in force, and every change that made it so, oldest first (the audit of the rules). */
export interface RuleBookState {
  book: RuleBook;
  history: TagRuleChangedData[];
}

export class InvalidRuleChangeError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidRuleChangeError';
  }
}

function evolveRuleBook(book: RuleBook, data: TagRuleChangedData): RuleBook {
  const current = book[data.ruleId];
  if (current === undefined) return book;
  return {
    ...book,
    [data.ruleId]: { ...current, ...data.changes, version: data.version, updatedAt: data.changedAt, updatedBy: data.changedBy },
  };
}

/** The event an edit produces, none when nothing would change; throws on a field the rule does not have. */
function decideRuleChange({ data, now }: ChangeRule, { book }: RuleBookState): TagRuleChanged[] {
  const rule = book[data.ruleId];
  const effective: RuleChanges = {};
  for (const [field, value] of Object.entries(data.changes) as [EditableField, RuleChanges[EditableField]][]) {
    if (value === undefined) continue;
    if (!EDITABLE_FIELDS[data.ruleId].includes(field)) throw new InvalidRuleChangeError(field, `Rule ${data.ruleId} has no editable ${field}`);
    if (rule[field] !== value) Object.assign(effective, { [field]: value });
  }
  if (Object.keys(effective).length === 0) return [];
  const change = { ruleId: data.ruleId, version: rule.version + 1, changes: effective, changedAt: now.toISOString(), changedBy: data.changedBy };
  return [{ type: TAG_RULE_CHANGED, data: change }];
}

/** One stream for the whole book, whatever id the pipeline is given. */
export const ruleBookDecider: Decider<ChangeRule, TagRuleChanged, RuleBookState> = {
  streamOf: () => TAG_RULES_STREAM,
  initialState: () => ({ book: DEFAULT_RULE_BOOK, history: [] }),
  decide: decideRuleChange,
  evolve: ({ book, history }, event) =>
    event.type === TAG_RULE_CHANGED ? { book: evolveRuleBook(book, event.data), history: [...history, event.data] } : { book, history },
};

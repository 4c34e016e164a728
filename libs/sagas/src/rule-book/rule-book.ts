import { DEFAULT_RULE_BOOK, EDITABLE_FIELDS, type EditableField, type RuleBook, type RuleChanges, type RuleId } from './rule-catalog.js';

// Admin edits of the rules are events in the `tag-rules` stream, so every version and who made it
// stays in the audit trail; the current book is the defaults folded with those events.

export const TAG_RULES_STREAM = 'tag-rules';
export const TAG_RULE_CHANGED = 'TagRuleChanged';

export interface TagRuleChangedData {
  ruleId: RuleId;
  version: number;
  changes: RuleChanges;
  changedAt: string;
  changedBy: string;
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

export function evolveRuleBook(book: RuleBook, data: TagRuleChangedData): RuleBook {
  const current = book[data.ruleId];
  if (current === undefined) return book;
  return {
    ...book,
    [data.ruleId]: { ...current, ...data.changes, version: data.version, updatedAt: data.changedAt, updatedBy: data.changedBy },
  };
}

export const ruleBookOf = (changes: readonly TagRuleChangedData[]): RuleBook => changes.reduce(evolveRuleBook, DEFAULT_RULE_BOOK);

/** The event an edit produces, or undefined when nothing would change; throws on a field the rule does not have. */
export function decideRuleChange(book: RuleBook, ruleId: RuleId, changes: RuleChanges, changedBy: string, now: Date): TagRuleChangedData | undefined {
  const rule = book[ruleId];
  const effective: RuleChanges = {};
  for (const [field, value] of Object.entries(changes) as [EditableField, RuleChanges[EditableField]][]) {
    if (value === undefined) continue;
    if (!EDITABLE_FIELDS[ruleId].includes(field)) throw new InvalidRuleChangeError(field, `Rule ${ruleId} has no editable ${field}`);
    if (rule[field] !== value) Object.assign(effective, { [field]: value });
  }
  if (Object.keys(effective).length === 0) return undefined;
  return { ruleId, version: rule.version + 1, changes: effective, changedAt: now.toISOString(), changedBy };
}

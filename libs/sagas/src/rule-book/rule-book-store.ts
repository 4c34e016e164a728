import { CommandPipeline } from '#application';
import type { Actor } from '#domain';
import type { EventStore } from '#event-store';
import type { Clock } from '#shared';
import { ruleBookDecider, TAG_RULES_STREAM, type ChangeRule, type RuleBookState, type TagRuleChanged, type TagRuleChangedData } from './rule-book.js';
import type { RuleBook, RuleChanges, RuleId } from './rule-catalog.js';

/**
 * The current rule book, read from the `tag-rules` stream: each read folds only what was appended
 * since the last one, so an edit made by an API process is seen by the worker's next evaluation.
 */
export class RuleBookStore {
  private readonly pipeline: CommandPipeline<ChangeRule, TagRuleChanged, RuleBookState>;

  constructor(store: EventStore, clock: Clock) {
    this.pipeline = new CommandPipeline(store, clock, ruleBookDecider);
  }

  async current(): Promise<RuleBook> {
    return (await this.pipeline.load(TAG_RULES_STREAM)).state.book;
  }

  /** Every change so far, oldest first (the audit of the rules). */
  async history(): Promise<TagRuleChangedData[]> {
    return [...(await this.pipeline.load(TAG_RULES_STREAM)).state.history];
  }

  /** Appends the edit as a new version; an edit that changes nothing appends nothing. */
  async change(ruleId: RuleId, changes: RuleChanges, actor: Actor, correlationId: string): Promise<RuleBook> {
    const context = { actor, correlationId, causationId: correlationId };
    // An edit is decided against the book it reads: after a concurrent edit it is simply decided again.
    const { state } = await this.pipeline.execute(
      TAG_RULES_STREAM,
      context,
      (now) => ({ type: 'ChangeRule', data: { ruleId, changes, changedBy: actor.userId }, now }),
      {
        retryOnConflict: true,
      },
    );
    return state.book;
  }
}

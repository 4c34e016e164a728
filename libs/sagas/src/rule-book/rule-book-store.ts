import { randomUUID } from 'node:crypto';
import { WrongExpectedRevisionError, type EventStore, type RecordedEvent } from '#event-store';
import type { Actor } from '#domain';
import type { Clock } from '#shared';
import { decideRuleChange, ruleBookOf, TAG_RULE_CHANGED, TAG_RULES_STREAM, type TagRuleChangedData } from './rule-book.js';
import type { RuleBook, RuleChanges, RuleId } from './rule-catalog.js';

const MAX_ATTEMPTS = 5;

/**
 * The current rule book, read from the `tag-rules` stream: each read folds only what was appended
 * since the last one, so an edit made by an API process is seen by the worker's next evaluation.
 */
export class RuleBookStore {
  private changes: TagRuleChangedData[] = [];
  private revision = -1;

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async current(): Promise<RuleBook> {
    await this.catchUp();
    return ruleBookOf(this.changes);
  }

  /** Every change so far, oldest first (the audit of the rules). */
  async history(): Promise<TagRuleChangedData[]> {
    await this.catchUp();
    return [...this.changes];
  }

  /** Appends the edit as a new version; an edit that changes nothing appends nothing. */
  async change(ruleId: RuleId, changes: RuleChanges, actor: Actor, correlationId: string): Promise<RuleBook> {
    for (let attempt = 1; ; attempt++) {
      const book = await this.current();
      const now = this.clock.now();
      const change = decideRuleChange(book, ruleId, changes, actor.userId, now);
      if (change === undefined) return book;
      try {
        await this.store.append(
          TAG_RULES_STREAM,
          [
            {
              id: randomUUID(),
              type: TAG_RULE_CHANGED,
              data: change as unknown as Record<string, unknown>,
              metadata: {
                actorId: actor.userId,
                actorRole: actor.role,
                correlationId,
                causationId: correlationId,
                occurredAt: now.toISOString(),
                schemaVersion: 1,
              },
            },
          ],
          this.revision < 0 ? 'no_stream' : this.revision,
        );
        return this.current();
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private async catchUp(): Promise<void> {
    const newer = await this.store.readStream(TAG_RULES_STREAM, { fromRevision: this.revision + 1 });
    for (const event of newer) this.apply(event);
  }

  private apply(event: RecordedEvent): void {
    if (event.revision <= this.revision) return; // a concurrent catch-up got here first
    this.revision = event.revision;
    if (event.type === TAG_RULE_CHANGED) this.changes.push(event.data as unknown as TagRuleChangedData);
  }
}

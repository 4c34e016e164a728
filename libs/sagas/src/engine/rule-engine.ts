import { deterministicUuid, type CommandContext, type CustomerCommandPipeline } from '#application';
import { customerStream, type Actor, DomainError } from '#domain';
import type { EventStore } from '#event-store';
import { factsOf } from '../facts/customer-facts.js';
import type { RuleId } from '../rule-book/rule-catalog.js';
import type { RuleBookStore } from '../rule-book/rule-book-store.js';
import { effectName, type RuleEffect, type RuleTrigger } from '../rules/customer-rule.js';
import { CUSTOMER_RULES } from '../rules/rule-registry.js';
import { commandOf } from './effect-command.js';

/** Who rule commands are recorded as (metadata.actorId); admin-level, as rules act on every customer. */
const RULES_ACTOR: Actor = { userId: 'system:rules', role: 'admin' };

/** A fixed point is reached in at most a few rounds (tag, then the reminder that hangs on the tag). */
const MAX_ROUNDS = 4;

export interface RuleApplication {
  ruleId: RuleId;
  customerId: string;
  /** Business time the rule is evaluated as of. */
  at: Date;
  trigger?: RuleTrigger;
  correlationId: string;
  /** The causing event id (or the scheduler run). */
  causationId: string;
}

export interface RuleOutcome {
  /** Events this application appended (0 when everything was already in place). */
  appended: number;
}

export interface RuleEngineOptions {
  maxTags: () => number;
}

/**
 * Applies one rule to one customer: fold its stream, ask the pure rule what is missing, send each
 * effect through the command pipeline under a key derived from (rule, cause, effect), and repeat
 * until the rule asks for nothing new. A repeat of the same cause derives the same event ids, which the store
 * recognises: it appends nothing.
 */
export class RuleEngine {
  constructor(
    private readonly store: EventStore,
    private readonly pipeline: CustomerCommandPipeline,
    private readonly rules: RuleBookStore,
    private readonly options: RuleEngineOptions,
  ) {}

  async apply(application: RuleApplication): Promise<RuleOutcome> {
    const rule = CUSTOMER_RULES[application.ruleId];
    let appended = 0;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const facts = factsOf(await this.store.readStream(customerStream(application.customerId)));
      const book = await this.rules.current();
      if (!facts || !book[rule.id].enabled) break;
      const effects = rule.evaluate({ facts, book, at: application.at, trigger: application.trigger });
      let revision = facts.revision;
      let changed = false;
      for (const effect of effects) {
        const result = await this.execute(application, effect);
        if (result !== undefined && result > revision) {
          appended += result - revision;
          revision = result;
          changed = true;
        }
      }
      if (!changed) break;
    }
    return { appended };
  }

  /** The stream revision after the effect, or undefined when it no longer applies. */
  private async execute(application: RuleApplication, effect: RuleEffect): Promise<number | undefined> {
    const context: CommandContext = {
      actor: RULES_ACTOR,
      correlationId: application.correlationId,
      causationId: application.causationId,
      idempotencyKey: deterministicUuid(application.ruleId, effect.cause, effectName(effect)),
    };
    try {
      const result = await this.pipeline.execute(application.customerId, context, (now) => commandOf(application.ruleId, effect, now, this.options.maxTags()), {
        retryOnConflict: true,
      });
      return result.revision;
    } catch (error) {
      // Someone removed the tag between our read and our command: what we wanted is already true.
      if (effect.kind === 'untag' && error instanceof DomainError && error.code === 'tag-not-found') return undefined;
      throw error;
    }
  }
}

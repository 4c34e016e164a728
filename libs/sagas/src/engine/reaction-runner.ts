import { deterministicUuid } from '#application';
import { DomainError } from '#domain';
import type { Clock } from '#shared';
import type { ParkedReactions } from '../feed/saga-state.port.js';
import { KeyedLanes } from './keyed-lanes.js';
import type { RuleApplication, RuleEngine, RuleOutcome } from './rule-engine.js';

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

const DEFAULT_REACTION_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 200, maxDelayMs: 10_000 };

export type ReactionResult = ({ status: 'applied' } & RuleOutcome) | { status: 'parked'; error: string };

/**
 * Runs rule applications one customer at a time (in feed order), retries failures with capped
 * exponential backoff and parks what still fails — or what the domain refuses, which no retry would
 * change — as a visible record. It never rejects, so one bad reaction never stops the feed.
 */
export class ReactionRunner {
  private readonly lanes = new KeyedLanes();

  constructor(
    private readonly engine: RuleEngine,
    private readonly parked: ParkedReactions,
    private readonly clock: Clock,
    private readonly retry: RetryPolicy = DEFAULT_REACTION_RETRY,
    private readonly onParked: (application: RuleApplication, error: unknown) => void = () => undefined,
  ) {}

  run(application: RuleApplication, causePosition?: number): Promise<ReactionResult> {
    return this.lanes.run(application.customerId, () => this.attempt(application, causePosition));
  }

  private async attempt(application: RuleApplication, causePosition: number | undefined): Promise<ReactionResult> {
    let lastError: unknown;
    let attempts = 0;
    while (attempts < this.retry.attempts) {
      attempts += 1;
      try {
        return { status: 'applied', ...(await this.engine.apply(application)) };
      } catch (error) {
        lastError = error;
        if (error instanceof DomainError) break;
        if (attempts < this.retry.attempts) await pause(Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempts - 1)));
      }
    }
    const message = lastError instanceof Error ? `${lastError.name}: ${lastError.message}` : String(lastError);
    await this.parked.park({
      id: deterministicUuid('parked', application.ruleId, application.customerId, application.causationId),
      ruleId: application.ruleId,
      customerId: application.customerId,
      causationId: application.causationId,
      ...(causePosition === undefined ? {} : { causePosition }),
      error: message,
      attempts,
      parkedAt: this.clock.now().toISOString(),
    });
    this.onParked(application, lastError);
    return { status: 'parked', error: message };
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

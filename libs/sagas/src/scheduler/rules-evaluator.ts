import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { ReactionRunner } from '../engine/reaction-runner.js';
import type { RuleBookStore } from '../rule-book/rule-book-store.js';
import { SCHEDULED_RULES } from '../rules/rule-registry.js';
import type { EvaluationRun } from './evaluation-run.js';
import type { Candidate, CandidateSource } from './read-model-candidates.js';

/** Customers evaluated at once: one small batch, then the event loop gets its turn. */
const CONCURRENT_CUSTOMERS = 8;
/** Customers between two progress reports (and durable cursors, for scheduled runs). */
const PROGRESS_EVERY = 256;

export interface EvaluationReport {
  at: string;
  customers: number;
  /** Events appended by this run; 0 when a previous run already did everything. */
  appended: number;
  parked: number;
}

export interface EvaluationOptions {
  /** Called every few hundred customers with the run so far; its cursor is safe to resume from. */
  onProgress?: (run: EvaluationRun) => void;
  /** Checked between batches: an aborted run reports its progress once more, then throws the abort reason. */
  signal?: AbortSignal;
}

/**
 * Evaluates the time-based rules for every candidate customer as of one instant (business time).
 *
 * A run touches every customer of a large store and the stores are synchronous underneath (SQLite),
 * so all of it would otherwise resolve as one chain of microtasks and starve the HTTP server: it
 * works in small batches and yields to the event loop between them.
 */
export class RulesEvaluator {
  constructor(
    private readonly rules: RuleBookStore,
    private readonly candidates: CandidateSource,
    private readonly runner: ReactionRunner,
  ) {}

  evaluate(at: Date, options: EvaluationOptions = {}): Promise<EvaluationReport> {
    return this.resume(newEvaluationRun(at), options);
  }

  /** Continues a run after its cursor, as of its own instant and under its own ids, so repeats stay no-ops. */
  async resume(start: EvaluationRun, options: EvaluationOptions = {}): Promise<EvaluationReport> {
    const run: EvaluationRun = { ...start };
    const at = new Date(run.at);
    const book = await this.rules.current();
    const causationId = `rules-evaluation@${run.at}`;
    let batch: Candidate[] = [];
    let sinceProgress = 0;
    const flush = async () => {
      await Promise.all(batch.map(({ customerId }) => this.evaluateCustomer(customerId, at, run.correlationId, causationId, run)));
      const last = batch.at(-1);
      if (last) run.cursor = last.cursor;
      run.customers += batch.length;
      sinceProgress += batch.length;
      batch = [];
      if (sinceProgress >= PROGRESS_EVERY || options.signal?.aborted) {
        sinceProgress = 0;
        options.onProgress?.({ ...run });
      }
      options.signal?.throwIfAborted();
      await yieldToEventLoop();
    };
    for await (const candidate of this.candidates.candidates(book, at, run.cursor)) {
      batch.push(candidate);
      if (batch.length >= CONCURRENT_CUSTOMERS) await flush();
    }
    await flush();
    return { at: run.at, customers: run.customers, appended: run.appended, parked: run.parked };
  }

  private async evaluateCustomer(customerId: string, at: Date, correlationId: string, causationId: string, run: EvaluationRun): Promise<void> {
    for (const rule of SCHEDULED_RULES) {
      const result = await this.runner.run({ ruleId: rule.id, customerId, at, correlationId, causationId });
      if (result.status === 'applied') run.appended += result.appended;
      else run.parked += 1;
    }
  }
}

/** A run as of `at` that has not evaluated anyone yet. */
export const newEvaluationRun = (at: Date): EvaluationRun => ({ at: at.toISOString(), correlationId: randomUUID(), customers: 0, appended: 0, parked: 0 });

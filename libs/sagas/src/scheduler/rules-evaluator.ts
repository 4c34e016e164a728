import { randomUUID } from 'node:crypto';
import type { ReactionRunner } from '../engine/reaction-runner.js';
import type { RuleBookStore } from '../rule-book/rule-book-store.js';
import { SCHEDULED_RULES } from '../rules/rule-registry.js';
import type { CandidateSource } from './read-model-candidates.js';

const CONCURRENT_CUSTOMERS = 8;

export interface EvaluationReport {
  at: string;
  customers: number;
  /** Events appended by this run; 0 when a previous run already did everything. */
  appended: number;
  parked: number;
}

/** Evaluates the time-based rules for every candidate customer as of one instant (business time). */
export class RulesEvaluator {
  constructor(
    private readonly rules: RuleBookStore,
    private readonly candidates: CandidateSource,
    private readonly runner: ReactionRunner,
  ) {}

  async evaluate(at: Date): Promise<EvaluationReport> {
    const book = await this.rules.current();
    const report: EvaluationReport = { at: at.toISOString(), customers: 0, appended: 0, parked: 0 };
    const correlationId = randomUUID();
    const causationId = `rules-evaluation@${report.at}`;
    let batch: string[] = [];
    const flush = async () => {
      await Promise.all(batch.map((customerId) => this.evaluateCustomer(customerId, at, correlationId, causationId, report)));
      batch = [];
    };
    for await (const customerId of this.candidates.candidates(book, at)) {
      report.customers += 1;
      batch.push(customerId);
      if (batch.length >= CONCURRENT_CUSTOMERS) await flush();
    }
    await flush();
    return report;
  }

  private async evaluateCustomer(customerId: string, at: Date, correlationId: string, causationId: string, report: EvaluationReport): Promise<void> {
    for (const rule of SCHEDULED_RULES) {
      const result = await this.runner.run({ ruleId: rule.id, customerId, at, correlationId, causationId });
      if (result.status === 'applied') report.appended += result.appended;
      else report.parked += 1;
    }
  }
}

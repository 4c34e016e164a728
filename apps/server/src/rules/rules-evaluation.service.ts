import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { READ_STORE, type ReadStore } from '../../../../libs/read-store/src/index.js';
import { ReactionRunner, ReadModelCandidates, RuleBookStore, RulesEvaluator, type EvaluationReport } from '../../../../libs/sagas/src/index.js';
import { CLOCK, type Clock } from '../../../../libs/shared/src/clock.js';

/** Runs the time-based rules as of an instant; one run at a time (a second caller waits for its turn). */
@Injectable()
export class RulesEvaluationService {
  private evaluator: RulesEvaluator | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly rules: RuleBookStore,
    private readonly runner: ReactionRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  evaluate(at: Date = this.clock.now()): Promise<EvaluationReport> {
    const run = this.running.then(() => this.evaluatorOf().evaluate(at));
    this.running = run.catch(() => undefined);
    return run;
  }

  // The read store belongs to the read side, which does not export it: looked up when first needed.
  private evaluatorOf(): RulesEvaluator {
    if (!this.evaluator) {
      const store = this.moduleRef.get<ReadStore>(READ_STORE, { strict: false });
      this.evaluator = new RulesEvaluator(this.rules, new ReadModelCandidates(store), this.runner);
    }
    return this.evaluator;
  }
}

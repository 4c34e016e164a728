import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { READ_STORE, type ReadStore } from '#read-store';
import {
  ReactionRunner,
  ReadModelCandidates,
  RuleBookStore,
  newEvaluationRun,
  RulesEvaluator,
  SqliteSagaState,
  type EvaluationOptions,
  type EvaluationReport,
  type EvaluationRun,
} from '#sagas';
import { CLOCK, type Clock } from '#shared';

/** The journal entry of the scheduler's run in progress (sagas.db). */
const SCHEDULED_RUN = 'scheduled';

/** Runs the time-based rules as of an instant; one run at a time (a second caller waits for its turn). */
@Injectable()
export class RulesEvaluationService {
  private evaluator: RulesEvaluator | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly rules: RuleBookStore,
    private readonly runner: ReactionRunner,
    private readonly journal: SqliteSagaState,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** On demand: its caller waits for the report, and can simply ask again if the process dies. */
  evaluate(at: Date = this.clock.now(), options: EvaluationOptions = {}): Promise<EvaluationReport> {
    return this.serialised(() => this.evaluatorOf().evaluate(at, options));
  }

  /** Whether a scheduled run was interrupted (the process stopped mid-way) and is waiting to be resumed. */
  hasUnfinishedRun(): boolean {
    return this.journal.unfinishedRun(SCHEDULED_RUN) !== undefined;
  }

  /**
   * The scheduler's run: resumes an interrupted one (same instant, after its cursor), else starts one
   * as of now; its progress is journalled as it goes and cleared only when it completes — an aborted
   * or crashed run stays in the journal for the next start.
   */
  evaluateScheduled(onProgress: (run: EvaluationRun) => void = () => undefined, signal?: AbortSignal): Promise<EvaluationReport> {
    return this.serialised(async () => {
      const record = (run: EvaluationRun) => {
        this.journal.recordRun(SCHEDULED_RUN, run);
        onProgress(run);
      };
      let run = this.journal.unfinishedRun(SCHEDULED_RUN);
      if (run === undefined) {
        run = newEvaluationRun(this.clock.now());
        this.journal.recordRun(SCHEDULED_RUN, run);
      }
      const report = await this.evaluatorOf().resume(run, { onProgress: record, ...(signal ? { signal } : {}) });
      this.journal.finishRun(SCHEDULED_RUN);
      return report;
    });
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.running.then(work);
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

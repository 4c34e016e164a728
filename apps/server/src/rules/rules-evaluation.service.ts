import { Inject, Injectable } from '@nestjs/common';
import { READ_STORE, type ReadStore } from '#read-store';
import {
  ReactionRunner,
  ReadModelCandidates,
  RuleBookStore,
  newEvaluationRun,
  RulesEvaluator,
  SAGA_STATE,
  type EvaluationJournal,
  type EvaluationOptions,
  type EvaluationReport,
  type EvaluationRun,
} from '#sagas';
import { CLOCK, type Clock } from '#shared';

/** The journal entry of the scheduler's run in progress (saga state). */
const SCHEDULED_RUN = 'scheduled';

/** Runs the time-based rules as of an instant; one run at a time (a second caller waits for its turn). */
@Injectable()
export class RulesEvaluationService {
  private readonly evaluator: RulesEvaluator;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(READ_STORE) store: ReadStore,
    rules: RuleBookStore,
    runner: ReactionRunner,
    @Inject(SAGA_STATE) private readonly journal: EvaluationJournal,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.evaluator = new RulesEvaluator(rules, new ReadModelCandidates(store), runner);
  }

  /** On demand: its caller waits for the report, and can simply ask again if the process dies. */
  evaluate(at: Date = this.clock.now(), options: EvaluationOptions = {}): Promise<EvaluationReport> {
    return this.serialised(() => this.evaluator.evaluate(at, options));
  }

  /** Whether a scheduled run was interrupted (the process stopped mid-way) and is waiting to be resumed. */
  async hasUnfinishedRun(): Promise<boolean> {
    return (await this.journal.unfinishedRun(SCHEDULED_RUN)) !== undefined;
  }

  /**
   * The scheduler's run: resumes an interrupted one (same instant, after its cursor), else starts one
   * as of now; its progress is journalled as it goes and cleared only when it completes — an aborted
   * or crashed run stays in the journal for the next start.
   */
  evaluateScheduled(onProgress: (run: EvaluationRun) => void = () => undefined, signal?: AbortSignal): Promise<EvaluationReport> {
    return this.serialised(async () => {
      // Progress is reported synchronously; its journal writes are chained so that they land in order.
      let journalled = Promise.resolve();
      const record = (run: EvaluationRun) => {
        journalled = journalled.then(() => this.journal.recordRun(SCHEDULED_RUN, run));
        onProgress(run);
      };
      let run = await this.journal.unfinishedRun(SCHEDULED_RUN);
      if (run === undefined) {
        run = newEvaluationRun(this.clock.now());
        await this.journal.recordRun(SCHEDULED_RUN, run);
      }
      try {
        const report = await this.evaluator.resume(run, { onProgress: record, ...(signal ? { signal } : {}) });
        await journalled;
        await this.journal.finishRun(SCHEDULED_RUN);
        return report;
      } finally {
        await journalled.catch(() => undefined);
      }
    });
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.running.then(work);
    this.running = run.catch(() => undefined);
    return run;
  }
}

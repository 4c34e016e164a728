import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { EvaluationRun } from '#sagas';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { RulesEvaluationService } from './rules-evaluation.service.js';

/** Progress reports (every few hundred customers) between two progress log lines. */
const LOG_EVERY_REPORTS = 20;

/**
 * Evaluates the time-based rules every RULES_INTERVAL_MS as of the clock's now, when ROLE is all|worker.
 * A run interrupted by a restart is resumed at start-up rather than at the next tick.
 */
@Injectable()
export class RulesScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('RulesScheduler');
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> | undefined;
  /** Stops a run between batches at shutdown; it resumes from its journalled cursor at the next start. */
  private readonly shutdown = new AbortController();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly evaluation: RulesEvaluationService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.runsWorkers) return;
    this.timer = setInterval(() => void this.tick(), this.config.rulesIntervalMs);
    this.timer.unref();
    if (await this.evaluation.hasUnfinishedRun()) {
      this.logger.log('Resuming the time-based rule run interrupted by the last stop');
      void this.tick();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    this.shutdown.abort();
    await this.current;
  }

  /** One scheduled run; a tick that finds the previous run still going is skipped. */
  tick(): Promise<void> {
    if (this.current) return this.current;
    if (this.shutdown.signal.aborted) return Promise.resolve();
    let reports = 0;
    const progress = (run: EvaluationRun) => {
      if (++reports % LOG_EVERY_REPORTS === 0)
        this.logger.log({ at: run.at, customers: run.customers, appended: run.appended, parked: run.parked }, 'Time-based rules in progress');
    };
    this.current = this.evaluation
      .evaluateScheduled(progress, this.shutdown.signal)
      .then((report) => {
        if (report.appended > 0 || report.parked > 0) this.logger.log(report, 'Time-based rules evaluated');
      })
      .catch((error: unknown) => {
        if (this.shutdown.signal.aborted) this.logger.log('Time-based rule run interrupted by shutdown; it resumes at the next start');
        else this.logger.error({ err: error }, 'Time-based rule evaluation failed; next tick retries');
      })
      .finally(() => {
        this.current = undefined;
      });
    return this.current;
  }
}

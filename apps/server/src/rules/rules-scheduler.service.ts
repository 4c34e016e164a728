import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { RulesEvaluationService } from './rules-evaluation.service.js';

/** Evaluates the time-based rules every RULES_INTERVAL_MS as of the clock's now, when ROLE is all|worker. */
@Injectable()
export class RulesScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('RulesScheduler');
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly evaluation: RulesEvaluationService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.role !== 'all' && this.config.role !== 'worker') return;
    this.timer = setInterval(() => void this.tick(), this.config.rulesIntervalMs);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.current;
  }

  /** One scheduled run; a tick that finds the previous run still going is skipped. */
  tick(): Promise<void> {
    if (this.current) return this.current;
    this.current = this.evaluation
      .evaluate()
      .then((report) => {
        if (report.appended > 0 || report.parked > 0) this.logger.log(report, 'Time-based rules evaluated');
      })
      .catch((error: unknown) => this.logger.error({ err: error }, 'Time-based rule evaluation failed; next tick retries'))
      .finally(() => {
        this.current = undefined;
      });
    return this.current;
  }
}

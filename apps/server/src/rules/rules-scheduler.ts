import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-store';
import { AdminJobLog, AdminJobWorker, type AdminActor, type AdminJob, type LeaseKeeper } from '#leases';
import type { EvaluationReport, EvaluationRun } from '#sagas';
import { CLOCK, type Clock } from '#shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { JobLeases } from '../infrastructure/job-leases.js';
import { RulesEvaluationService } from './rules-evaluation.service.js';

/** Progress reports (every few hundred customers) between two progress log lines. */
const LOG_EVERY_REPORTS = 20;
/** The lease, and the admin stream (`admin-jobs-rules`) of evaluation requests. */
const RULES_JOB = 'rules';
const EVALUATE = 'evaluate';

/**
 * Evaluates the time-based rules every RULES_INTERVAL_MS as of the clock's now, in the one ROLE
 * all|worker process holding the `rules` lease, and carries out the evaluations other replicas
 * recorded. A run interrupted by a restart or a lost lease is resumed by the next holder.
 */
@Injectable()
export class RulesScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('RulesScheduler');
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> | undefined;
  /** Stops a run between batches when the lease is lost or at shutdown; it resumes from its journalled cursor. */
  private interrupt = new AbortController();
  private readonly lease: LeaseKeeper;
  private readonly requests: AdminJobLog;
  private readonly requested: AdminJobWorker;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) events: EventStore,
    @Inject(CLOCK) clock: Clock,
    private readonly evaluation: RulesEvaluationService,
    leases: JobLeases,
  ) {
    this.lease = leases.keeper(RULES_JOB, { onAcquired: () => this.startHere(), onLost: () => this.stopHere() });
    this.requests = new AdminJobLog(events, clock, RULES_JOB);
    this.requested = new AdminJobWorker(this.requests, leases.owner, (job) => this.carryOut(job), {
      pollMs: leases.requestPollMs,
      isHeld: () => this.lease.isHeld(),
      onError: (error) => this.logger.error({ err: error }, 'Requested rule evaluation failed'),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.runsWorkers) await this.lease.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.lease.stop();
  }

  /** Whether the rules are evaluated in this process right now (it holds their lease). */
  get hosted(): boolean {
    return this.lease.isHeld();
  }

  /** Records an evaluation for the lease holder to carry out (from a replica that does not hold it). */
  async request(at: Date | undefined, actor: AdminActor): Promise<AdminJob> {
    const job = await this.requests.request(EVALUATE, at ? { at: at.toISOString() } : {}, actor);
    this.requested.wake();
    return job;
  }

  find(id: string): Promise<AdminJob | undefined> {
    return this.requests.find(id);
  }

  /** One scheduled run; a tick that finds the previous run still going is skipped. */
  tick(): Promise<void> {
    if (this.current) return this.current;
    const interrupt = this.interrupt;
    if (interrupt.signal.aborted || !this.lease.isHeld()) return Promise.resolve();
    let reports = 0;
    const progress = (run: EvaluationRun) => {
      // Checked at every batch: a process that lost the lease stops before evaluating more customers.
      if (!this.lease.isHeld()) interrupt.abort();
      if (++reports % LOG_EVERY_REPORTS === 0)
        this.logger.log({ at: run.at, customers: run.customers, appended: run.appended, parked: run.parked }, 'Time-based rules in progress');
    };
    this.current = this.evaluation
      .evaluateScheduled(progress, interrupt.signal)
      .then((report) => {
        if (report.appended > 0 || report.parked > 0) this.logger.log(report, 'Time-based rules evaluated');
      })
      .catch((error: unknown) => {
        if (interrupt.signal.aborted) this.logger.log('Time-based rule run interrupted (stop or lost lease); the next holder resumes it');
        else this.logger.error({ err: error }, 'Time-based rule evaluation failed; next tick retries');
      })
      .finally(() => {
        this.current = undefined;
      });
    return this.current;
  }

  private async startHere(): Promise<void> {
    this.interrupt = new AbortController();
    this.timer = setInterval(() => void this.tick(), this.config.rulesIntervalMs);
    this.timer.unref();
    this.requested.start();
    if (await this.evaluation.hasUnfinishedRun()) {
      this.logger.log('Resuming the time-based rule run interrupted by the last stop');
      void this.tick();
    }
  }

  private async stopHere(): Promise<void> {
    clearInterval(this.timer);
    this.interrupt.abort();
    await this.requested.stop();
    await this.current;
  }

  private async carryOut(job: AdminJob): Promise<Record<string, unknown>> {
    const at = typeof job.params.at === 'string' ? new Date(job.params.at) : undefined;
    const report: EvaluationReport = await this.evaluation.evaluate(at, { signal: this.interrupt.signal });
    return { ...report };
  }
}

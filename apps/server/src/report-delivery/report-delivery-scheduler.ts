import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { LeaseKeeper } from '#leases';
import { CLOCK, type Clock } from '#shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { JobLeases } from '../infrastructure/job-leases.js';
import { latestDue } from './delivery-schedule.js';
import { ReportRuns } from './report-runs.js';
import { ReportSubscriptions } from './report-subscriptions.js';

const DELIVERY_JOB = 'report-delivery';

/**
 * Every REPORT_DELIVERY_INTERVAL_MS, in the one ROLE all|worker process holding the `report-delivery`
 * lease: each subscription's latest due period that has no finished run is run. A scheduler that was
 * down catches up with the latest period only, never with every missed one.
 */
@Injectable()
export class ReportDeliveryScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ReportDelivery');
  private readonly lease: LeaseKeeper;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly subscriptions: ReportSubscriptions,
    private readonly runs: ReportRuns,
    leases: JobLeases,
  ) {
    this.lease = leases.keeper(DELIVERY_JOB, { onAcquired: () => this.startHere(), onLost: () => this.stopHere() });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.runsWorkers) await this.lease.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.lease.stop();
  }

  /** One pass over the subscriptions; a tick that finds the previous pass still going is skipped. */
  tick(): Promise<void> {
    this.current ??= this.deliverDue()
      .catch((error: unknown) => this.logger.error({ err: error }, 'Report delivery pass failed; the next tick retries'))
      .finally(() => (this.current = undefined));
    return this.current;
  }

  private async deliverDue(): Promise<void> {
    const now = this.clock.now();
    for (const subscription of await this.subscriptions.all()) {
      if (!this.lease.isHeld()) return;
      const due = latestDue(subscription.schedule, now, this.config.timeZone);
      if (due.dueAt.toISOString() < subscription.createdAt || (await this.runs.isDone(subscription.id, due.period))) continue;
      const outcome = await this.runs.run(subscription, due);
      if (outcome.status === 'delivered')
        this.logger.log({ subscriptionId: subscription.id, period: due.period, recipients: outcome.deliveries.length }, 'Report delivered');
    }
  }

  private startHere(): void {
    this.timer = setInterval(() => void this.tick(), this.config.reportDeliveryIntervalMs);
    this.timer.unref();
    void this.tick();
  }

  private async stopHere(): Promise<void> {
    clearInterval(this.timer);
    await this.current;
  }
}

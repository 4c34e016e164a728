import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandPipeline, deterministicUuid, UserDirectory, type CommandContext } from '#application';
import {
  reportRunDecider,
  type Actor,
  type RecipientDelivery,
  type ReportRunCommand,
  type ReportRunEvent,
  type ReportRunState,
  type ReportSubscription,
} from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { CLOCK, type Clock } from '#shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { DuePeriod } from './delivery-schedule.js';
import { reportFile } from './report-files.js';
import { ReportInbox } from './report-inbox.js';
import { ReportMailer } from './report-mailer.js';
import { ReportProducer } from './report-producer.js';

/** A run another worker started this long ago and never finished is taken over (that worker died). */
const TAKE_OVER_AFTER_MS = 5 * 60_000;
const SCHEDULER: Actor = { userId: 'system', role: 'admin' };

export interface RunOutcome {
  runId: string;
  period: string;
  status: 'delivered' | 'already-delivered' | 'in-progress';
  deliveries: RecipientDelivery[];
}

/**
 * Carries out one run of a subscription for one period: each recipient's copy is produced as that
 * recipient may see it (a sales manager's is scoped to the team), put in their inbox and, with
 * SMTP_URL, e-mailed. The run's events make it once-only per (subscription, period): a restart, a
 * retry or two workers never deliver a recipient twice — except an e-mail sent in the instant before
 * a crash, before its delivery was recorded (at-least-once there, under a stable Message-ID).
 */
@Injectable()
export class ReportRuns {
  private readonly logger = new Logger('ReportDelivery');
  private readonly pipeline: CommandPipeline<ReportRunCommand, ReportRunEvent, ReportRunState | undefined>;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UserDirectory,
    private readonly producer: ReportProducer,
    private readonly inbox: ReportInbox,
    private readonly mailer: ReportMailer,
  ) {
    this.pipeline = new CommandPipeline(store, clock, reportRunDecider);
  }

  static runIdOf(subscriptionId: string, period: string): string {
    return deterministicUuid('report-run', subscriptionId, period);
  }

  async isDone(subscriptionId: string, period: string): Promise<boolean> {
    return (await this.pipeline.load(ReportRuns.runIdOf(subscriptionId, period))).state?.completedAt !== undefined;
  }

  async run(subscription: ReportSubscription, due: DuePeriod, actor: Actor = SCHEDULER): Promise<RunOutcome> {
    const runId = ReportRuns.runIdOf(subscription.id, due.period);
    const context: CommandContext = { actor, correlationId: runId, causationId: `report-subscription-${subscription.id}` };
    const data = { runId, subscriptionId: subscription.id, period: due.period };
    const started = await this.pipeline.execute(runId, context, (now) => ({ type: 'StartReportRun', data, now }), { retryOnConflict: true });
    const state = started.state as ReportRunState;
    if (started.events.length === 0) {
      if (state.completedAt) return { runId, period: due.period, status: 'already-delivered', deliveries: state.delivered };
      if (this.clock.now().getTime() - Date.parse(state.startedAt) < TAKE_OVER_AFTER_MS)
        return { runId, period: due.period, status: 'in-progress', deliveries: state.delivered };
      this.logger.log({ runId }, 'Taking over a report run another worker left unfinished');
    }
    const deliveries = [...state.delivered];
    for (const userId of new Set(subscription.recipients)) {
      if (deliveries.some((d) => d.userId === userId)) continue;
      const delivery = await this.deliver(subscription, due, runId, userId);
      await this.pipeline.execute(runId, context, (now) => ({ type: 'RecordDelivery', data: delivery, now }), { retryOnConflict: true });
      deliveries.push(delivery);
    }
    await this.pipeline.execute(runId, context, (now) => ({ type: 'CompleteReportRun', now }), { retryOnConflict: true });
    return { runId, period: due.period, status: 'delivered', deliveries };
  }

  private async deliver(subscription: ReportSubscription, due: DuePeriod, runId: string, userId: string): Promise<RecipientDelivery> {
    const inboxItemId = deterministicUuid('report-inbox', runId, userId);
    const user = await this.users.findById(userId);
    if (!user || user.disabled) return { userId, inboxItemId, emailed: false, error: 'recipient is no longer an active user' };
    try {
      const report = await this.producer.produce(user, subscription.report, { from: due.from, to: due.dueAt });
      const pdf = {
        generatedAt: this.clock.now(),
        scope: `${subscription.name}, ${due.from.toISOString().slice(0, 10)} – ${due.dueAt.toISOString().slice(0, 10)}`,
        timeZone: this.config.timeZone,
      };
      const file = await reportFile(report, subscription.format, `${subscription.report}-${due.period}`, pdf);
      const generatedAt = this.clock.now().toISOString();
      await this.inbox.put(
        {
          id: inboxItemId,
          userId,
          subscriptionId: subscription.id,
          runId,
          report: subscription.report,
          format: subscription.format,
          period: due.period,
          generatedAt,
          filename: file.filename,
          contentType: file.contentType,
          customerIds: report.customerIds,
        },
        file,
      );
      if (!this.mailer.enabled || !user.email) return { userId, inboxItemId, emailed: false };
      try {
        await this.mailer.send(
          user.email,
          `${report.title} — ${subscription.name} (${due.period})`,
          `${subscription.name}: ${report.title}, ${due.period}. Also in your report inbox.`,
          file,
          inboxItemId,
        );
        return { userId, inboxItemId, emailed: true };
      } catch (error) {
        this.logger.error({ err: error, runId, userId }, 'Report e-mail failed; the report is in the inbox');
        return { userId, inboxItemId, emailed: false, error: `e-mail failed: ${(error as Error).message}` };
      }
    } catch (error) {
      return { userId, inboxItemId, emailed: false, error: (error as Error).message };
    }
  }

  get timeZone(): string {
    return this.config.timeZone;
  }
}

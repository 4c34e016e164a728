import { Inject, Injectable } from '@nestjs/common';
import { CommandPipeline, commandResultOf, UserDirectory, type CommandContext, type CommandResult } from '#application';
import {
  DomainError,
  evolveSubscription,
  REPORT_SUBSCRIPTION_EVENT_TYPES,
  reportSubscriptionDecider,
  type ReportSubscription,
  type ReportSubscriptionCommand,
  type ReportSubscriptionContent,
  type ReportSubscriptionEvent,
  type ReportSubscriptionState,
} from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { CLOCK, type Clock } from '#shared';
import { ReportProducer } from './report-producer.js';

const PAGE = 500;

/**
 * Report subscriptions as events (`report-subscription-<id>`), and the list every replica folds from
 * the subscription events recorded since its last look.
 */
@Injectable()
export class ReportSubscriptions {
  private readonly pipeline: CommandPipeline<ReportSubscriptionCommand, ReportSubscriptionEvent, ReportSubscriptionState>;
  private readonly known = new Map<string, ReportSubscription>();
  private seenPosition = 0;
  private refreshing: Promise<void> | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) clock: Clock,
    private readonly users: UserDirectory,
    private readonly producer: ReportProducer,
  ) {
    this.pipeline = new CommandPipeline(store, clock, reportSubscriptionDecider);
  }

  async create(id: string, content: ReportSubscriptionContent, context: CommandContext): Promise<CommandResult> {
    await this.assertRecipients(content);
    const data = { ...content, subscriptionId: id, ownerId: context.actor.userId };
    return commandResultOf(await this.pipeline.execute(id, context, (now) => ({ type: 'CreateReportSubscription', data, now })));
  }

  async change(id: string, content: ReportSubscriptionContent, context: CommandContext): Promise<CommandResult> {
    await this.visible(id, context);
    await this.assertRecipients(content);
    return commandResultOf(await this.pipeline.execute(id, context, (now) => ({ type: 'ChangeReportSubscription', data: content, now })));
  }

  async remove(id: string, context: CommandContext): Promise<CommandResult> {
    await this.visible(id, context);
    return commandResultOf(await this.pipeline.execute(id, context, (now) => ({ type: 'DeleteReportSubscription', now })));
  }

  /** The subscription if the caller may manage it (its creator, or an admin); 404 otherwise, so ids cannot be probed. */
  async visible(id: string, context: Pick<CommandContext, 'actor'>): Promise<ReportSubscription> {
    const { state } = await this.pipeline.load(id);
    if (!state || state.deleted || (state.ownerId !== context.actor.userId && context.actor.role !== 'admin')) {
      throw new DomainError('not-found', 'Subscription not found');
    }
    return state;
  }

  async all(): Promise<ReportSubscription[]> {
    this.refreshing ??= this.catchUp().finally(() => (this.refreshing = undefined));
    await this.refreshing;
    return [...this.known.values()].filter((s) => !s.deleted).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  /** Every recipient is an active user whose role may read the report. */
  private async assertRecipients(content: ReportSubscriptionContent): Promise<void> {
    for (const userId of new Set(content.recipients)) {
      const user = await this.users.findById(userId);
      if (!user || user.disabled) throw new DomainError('invalid-value', `No active user ${userId}`, 'recipients');
      if (!(await this.producer.mayReceive(user, content.report))) {
        throw new DomainError('invalid-value', `User ${user.username} may not read the ${content.report} report`, 'recipients');
      }
    }
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const page = await this.store.readAll({ after: this.seenPosition, types: REPORT_SUBSCRIPTION_EVENT_TYPES, limit: PAGE });
      for (const recorded of page) {
        const event = recorded as unknown as ReportSubscriptionEvent;
        const id = event.data.subscriptionId;
        const next = evolveSubscription(this.known.get(id), event);
        if (next) this.known.set(id, next);
        this.seenPosition = recorded.position;
      }
      if (page.length < PAGE) return;
    }
  }
}

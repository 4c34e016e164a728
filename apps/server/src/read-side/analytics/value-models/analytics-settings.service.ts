import { Inject, Injectable } from '@nestjs/common';
import { CommandPipeline, commandResultOf, type CommandContext, type CommandResult } from '#application';
import {
  ANALYTICS_SETTINGS_STREAM,
  analyticsSettingsDecider,
  type AnalyticsSettings,
  type AnalyticsSettingsCommand,
  type AnalyticsSettingsEvent,
  type LifecycleThresholds,
  type RfmThresholds,
} from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { CLOCK, type Clock } from '#shared';

export interface SettingsChange {
  type: AnalyticsSettingsEvent['type'];
  data: Record<string, unknown>;
  actorId: string;
  occurredAt: string;
  revision: number;
}

/** The RFM and lifecycle thresholds, as events in the stream `analytics-settings`, through the one command pipeline. */
@Injectable()
export class AnalyticsSettingsService {
  private readonly pipeline: CommandPipeline<AnalyticsSettingsCommand, AnalyticsSettingsEvent, AnalyticsSettings>;

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.pipeline = new CommandPipeline(events, clock, analyticsSettingsDecider);
  }

  async current(): Promise<AnalyticsSettings & { revision: number }> {
    const { state, revision } = await this.pipeline.load(ANALYTICS_SETTINGS_STREAM);
    return { ...state, revision };
  }

  async changeRfm(data: RfmThresholds, context: CommandContext): Promise<CommandResult> {
    return commandResultOf(await this.pipeline.execute(ANALYTICS_SETTINGS_STREAM, context, (now) => ({ type: 'ChangeRfmThresholds', data, now })));
  }

  async changeLifecycle(data: LifecycleThresholds, context: CommandContext): Promise<CommandResult> {
    return commandResultOf(await this.pipeline.execute(ANALYTICS_SETTINGS_STREAM, context, (now) => ({ type: 'ChangeLifecycleThresholds', data, now })));
  }

  /** Every change, oldest first, with who made it. */
  async history(): Promise<SettingsChange[]> {
    const recorded = await this.events.readStream(ANALYTICS_SETTINGS_STREAM);
    return recorded.map((event) => ({
      type: event.type as AnalyticsSettingsEvent['type'],
      data: event.data,
      actorId: event.metadata.actorId,
      occurredAt: event.metadata.occurredAt,
      revision: event.revision,
    }));
  }
}

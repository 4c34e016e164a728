import type { Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import {
  ANALYTICS_SETTINGS_STREAM,
  DEFAULT_ANALYTICS_SETTINGS,
  lifecycleThresholdsProblem,
  rfmThresholdsProblem,
  type AnalyticsSettings,
  type LifecycleThresholds,
  type RfmThresholds,
} from './analytics-settings.js';
import type { AnalyticsSettingsCommand } from './analytics-settings-commands.js';
import type { AnalyticsSettingsEvent } from './analytics-settings-events.js';

const sameRfm = (a: RfmThresholds, b: RfmThresholds): boolean =>
  (['recencyDays', 'frequency', 'monetary'] as const).every((field) => a[field].every((edge, i) => edge === b[field][i]));

const sameLifecycle = (a: LifecycleThresholds, b: LifecycleThresholds): boolean =>
  a.newDays === b.newDays && a.silentAfterDays === b.silentAfterDays && a.lostAfterDays === b.lostAfterDays;

/** Setting the thresholds they already have is a no-op, so a repeated PUT records nothing. */
function decideAnalyticsSettings(command: AnalyticsSettingsCommand, state: AnalyticsSettings): AnalyticsSettingsEvent[] {
  const changedAt = command.now.toISOString();
  switch (command.type) {
    case 'ChangeRfmThresholds': {
      const problem = rfmThresholdsProblem(command.data);
      if (problem) throw new DomainError('invalid-value', problem.message, problem.field);
      if (sameRfm(command.data, state.rfm)) return [];
      const { recencyDays, frequency, monetary } = command.data;
      return [{ type: 'RfmThresholdsChanged', data: { recencyDays, frequency, monetary, changedAt } }];
    }
    case 'ChangeLifecycleThresholds': {
      const problem = lifecycleThresholdsProblem(command.data);
      if (problem) throw new DomainError('invalid-value', problem.message, problem.field);
      if (sameLifecycle(command.data, state.lifecycle)) return [];
      const { newDays, silentAfterDays, lostAfterDays } = command.data;
      return [{ type: 'LifecycleThresholdsChanged', data: { newDays, silentAfterDays, lostAfterDays, changedAt } }];
    }
  }
}

function evolveAnalyticsSettings(state: AnalyticsSettings, event: AnalyticsSettingsEvent): AnalyticsSettings {
  switch (event.type) {
    case 'RfmThresholdsChanged': {
      const { recencyDays, frequency, monetary } = event.data;
      return { ...state, rfm: { recencyDays, frequency, monetary } };
    }
    case 'LifecycleThresholdsChanged': {
      const { newDays, silentAfterDays, lostAfterDays } = event.data;
      return { ...state, lifecycle: { newDays, silentAfterDays, lostAfterDays } };
    }
    default:
      return state;
  }
}

/** One stream for the whole deployment: the id is ignored. */
export const analyticsSettingsDecider: Decider<AnalyticsSettingsCommand, AnalyticsSettingsEvent, AnalyticsSettings> = {
  streamOf: () => ANALYTICS_SETTINGS_STREAM,
  initialState: () => DEFAULT_ANALYTICS_SETTINGS,
  decide: decideAnalyticsSettings,
  evolve: evolveAnalyticsSettings,
};

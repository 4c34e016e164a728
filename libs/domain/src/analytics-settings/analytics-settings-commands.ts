import type { LifecycleThresholds, RfmThresholds } from './analytics-settings.js';

export type AnalyticsSettingsCommand =
  { type: 'ChangeRfmThresholds'; data: RfmThresholds; now: Date } | { type: 'ChangeLifecycleThresholds'; data: LifecycleThresholds; now: Date };

import type { LifecycleThresholds, RfmThresholds } from './analytics-settings.js';

// The analytics settings are state kept as events in the stream `analytics-settings`: who changed which threshold when is in the audit trail.

type RfmThresholdsChanged = { type: 'RfmThresholdsChanged'; data: RfmThresholds & { changedAt: string } };
type LifecycleThresholdsChanged = { type: 'LifecycleThresholdsChanged'; data: LifecycleThresholds & { changedAt: string } };

export type AnalyticsSettingsEvent = RfmThresholdsChanged | LifecycleThresholdsChanged;

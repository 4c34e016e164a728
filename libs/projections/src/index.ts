import { customerProfilesProjection } from './customer-profiles/customer-profiles.projection.js';
import { followUpsProjection } from './follow-ups/follow-ups.projection.js';
import type { Projection } from './projection.js';
import { salesFunnelProjection } from './sales-funnel/sales-funnel.projection.js';
import { valueTrendProjection } from './value-trend/value-trend.projection.js';
import { remindersProjection } from './reminders/reminders.projection.js';
import { rfmProjection } from './rfm/rfm.projection.js';
import { lifecycleProjection } from './lifecycle/lifecycle.projection.js';
import { DEFAULT_TIME_ZONE } from '#shared';
import { customerMatchKeysProjection } from './customer-match-keys/customer-match-keys.projection.js';

export * from './projection.js';
export * from './runner/projection-runner.js';
export * from './runner/replay-feed.js';
export * from './runner/rebuild-projections.js';
export * from './customer-profiles/customer-profile.document.js';
export * from './customer-profiles/customer-insights.js';
export * from './customer-profiles/customer-profiles.projection.js';
export { querySearchKeys } from './customer-profiles/customer-search-keys.js';
export * from './follow-ups/follow-ups.projection.js';
export * from './sales-funnel/funnel.documents.js';
export * from './sales-funnel/funnel-report.js';
export * from './sales-funnel/member-counts.js';
export * from './sales-funnel/sales-funnel.projection.js';
export * from './value-trend/value-trend.projection.js';
export * from './reminders/reminder.document.js';
export * from './reminders/reminders.projection.js';
export * from './customer-match-keys/customer-match-keys.document.js';
export * from './customer-match-keys/customer-match-keys.projection.js';
export { kindOfKey, MATCH_REASONS, type MatchReason } from './customer-match-keys/match-keys.js';
export { QUALITY_FLAGS, type QualityFlag } from './customer-profiles/quality-flags.js';

export * from './rfm/customer-rfm.document.js';
export * from './rfm/rfm.projection.js';
export * from './rfm/rfm-scores.js';
export * from './rfm/lifetime-value.js';
export * from './lifecycle/customer-lifecycle.document.js';
export * from './lifecycle/lifecycle.projection.js';
export * from './lifecycle/lifecycle-stages.js';
export * from './lifecycle/lifecycle-report.js';

/** What read models are cut by: the deployment's TIME_ZONE (months of the value trend). */
export interface ProjectionSettings {
  timeZone: string;
}

/** Every read model, in the order a rebuild runs them. */
export function allProjections({ timeZone }: ProjectionSettings): readonly Projection[] {
  return [
    customerProfilesProjection,
    followUpsProjection,
    salesFunnelProjection,
    valueTrendProjection(timeZone),
    remindersProjection,
    customerMatchKeysProjection,
    rfmProjection,
    lifecycleProjection,
  ];
}

/**
 * Read models a read waits for only where a route reads them (the value models): a new one building itself
 * from the first event after an upgrade must not hold every other read's X-Min-Position back.
 */
export const VALUE_MODEL_PROJECTIONS: readonly string[] = [rfmProjection.name, lifecycleProjection.name];

/** The read models in the default time zone (Asia/Shanghai): where the zone does not matter (names, collections, tests). */
export const ALL_PROJECTIONS: readonly Projection[] = allProjections({ timeZone: DEFAULT_TIME_ZONE });
export * from './read-model-digest.js';

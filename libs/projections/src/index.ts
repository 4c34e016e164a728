import { customerProfilesProjection } from './customer-profiles/customer-profiles.projection.js';
import { followUpsProjection } from './follow-ups/follow-ups.projection.js';
import type { Projection } from './projection.js';
import { salesFunnelProjection } from './sales-funnel/sales-funnel.projection.js';
import { valueTrendProjection } from './value-trend/value-trend.projection.js';
import { remindersProjection } from './reminders/reminders.projection.js';
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
export * from './sales-funnel/member-cohorts.js';
export * from './sales-funnel/sales-funnel.projection.js';
export * from './value-trend/value-trend.projection.js';
export * from './reminders/reminder.document.js';
export * from './reminders/reminders.projection.js';
export * from './customer-match-keys/customer-match-keys.document.js';
export * from './customer-match-keys/customer-match-keys.projection.js';
export { kindOfKey, MATCH_REASONS, type MatchReason } from './customer-match-keys/match-keys.js';
export { QUALITY_FLAGS, type QualityFlag } from './customer-profiles/quality-flags.js';

/** Every read model, in the order a rebuild runs them. */
export const ALL_PROJECTIONS: readonly Projection[] = [
  customerProfilesProjection,
  followUpsProjection,
  salesFunnelProjection,
  valueTrendProjection,
  remindersProjection,
  customerMatchKeysProjection,
];
export * from './read-model-digest.js';

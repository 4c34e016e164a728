import { cohortId, emptyCohort, groupValueOf, monthOf, recount } from './evolve-funnel.js';
import type { FunnelCohortDocument, FunnelDimension, FunnelMemberDocument } from './funnel.documents.js';

/**
 * The month cohorts of some members only (a team's customers), counted as the projection counts
 * them, so a scoped funnel adds up exactly as the company-wide one does.
 */
export function cohortsOfMembers(members: Iterable<FunnelMemberDocument>, dimension: FunnelDimension): FunnelCohortDocument[] {
  const cohorts = new Map<string, FunnelCohortDocument>();
  for (const member of members) {
    const value = groupValueOf(member, dimension);
    const month = monthOf(member);
    const id = cohortId(dimension, value, month);
    cohorts.set(id, recount(cohorts.get(id) ?? emptyCohort(dimension, value, month), undefined, member));
  }
  return [...cohorts.values()];
}

import type { RecordedEvent } from '#event-store';
import { customerIdOfStream } from '#domain';
import type { Projection, ProjectionDocuments } from '../projection.js';
import { emptyCohort, cohortId, evolveFunnelMember, groupValueOf, monthOf, recount } from './evolve-funnel.js';
import {
  FUNNEL_COHORTS,
  FUNNEL_DIMENSIONS,
  FUNNEL_MEMBERS,
  funnelCohortsCollection,
  funnelMembersCollection,
  type FunnelCohortDocument,
  type FunnelMemberDocument,
} from './funnel.documents.js';

export const salesFunnelProjection: Projection = {
  name: 'sales-funnel',
  collections: [funnelMembersCollection, funnelCohortsCollection],
  async apply(event: RecordedEvent, documents: ProjectionDocuments): Promise<void> {
    const before = await documents.get<FunnelMemberDocument>(FUNNEL_MEMBERS, customerIdOfStream(event.streamId));
    const after = evolveFunnelMember(before, event);
    if (after === undefined || after === before) return;
    // Counters move by the member's old → new contribution. This needs the member and its cohorts
    // committed together (SQLite: one transaction); on MongoDB without a transaction a crash between
    // them can skew counters until a rebuild.
    for (const dimension of FUNNEL_DIMENSIONS) {
      const value = groupValueOf(after, dimension);
      const month = monthOf(after);
      const cohort = (await documents.get<FunnelCohortDocument>(FUNNEL_COHORTS, cohortId(dimension, value, month))) ?? emptyCohort(dimension, value, month);
      documents.put(FUNNEL_COHORTS, recount(cohort, before, after));
    }
    documents.put(FUNNEL_MEMBERS, after);
  },
};

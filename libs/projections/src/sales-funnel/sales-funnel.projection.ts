import type { RecordedEvent } from '#event-store';
import { customerIdOfStream } from '#domain';
import type { Projection, ProjectionDocuments } from '../projection.js';
import { evolveFunnelMember } from './evolve-funnel.js';
import { contributionOf, withMember } from './funnel-counts.js';
import {
  FUNNEL_MEMBERS,
  funnelDaysCollection,
  funnelMembersCollection,
  funnelMonthsCollection,
  type FunnelCountsDocument,
  type FunnelMemberDocument,
} from './funnel.documents.js';
import { emptyRow, summaryRowsOf, type SummaryRowKey } from './funnel-summary-rows.js';

export const salesFunnelProjection: Projection = {
  name: 'sales-funnel',
  collections: [funnelMembersCollection, funnelMonthsCollection, funnelDaysCollection],
  async apply(event: RecordedEvent, documents: ProjectionDocuments): Promise<void> {
    const before = await documents.get<FunnelMemberDocument>(FUNNEL_MEMBERS, customerIdOfStream(event.streamId));
    const after = evolveFunnelMember(before, event);
    if (after === undefined || after === before) return;
    await recountRows(documents, before, after);
    documents.put(FUNNEL_MEMBERS, after);
  },
};

/**
 * Moves the summary rows by the member's old → new contribution. This needs the member and its rows
 * committed together (SQLite: one transaction); on MongoDB without a transaction a crash between
 * them can skew counters until a rebuild. Each row is written once per event (a second write of
 * the same event's position would be dropped), and removed when it counts nobody.
 */
async function recountRows(documents: ProjectionDocuments, before: FunnelMemberDocument | undefined, after: FunnelMemberDocument): Promise<void> {
  const [was, is] = [contributionOf(before), contributionOf(after)];
  const out = was === '' || before === undefined ? [] : summaryRowsOf(before);
  const into = is === '' ? [] : summaryRowsOf(after);
  // A row both sides count in the same way (an owner change leaves everyone's rows alone) is not touched.
  const slotOf = (key: SummaryRowKey) => `${key.collection}\u0000${key.id}`;
  const intoSlots = new Set(into.map(slotOf));
  const shared = new Set(was === is ? out.map(slotOf).filter((slot) => intoSlots.has(slot)) : []);
  const rows = new Map<string, { key: SummaryRowKey; document: FunnelCountsDocument }>();
  const move = async (key: SummaryRowKey, member: FunnelMemberDocument, sign: 1 | -1) => {
    const slot = slotOf(key);
    if (shared.has(slot)) return;
    const current = rows.get(slot)?.document ?? (await documents.get<FunnelCountsDocument>(key.collection, key.id)) ?? emptyRow(key);
    rows.set(slot, { key, document: { ...current, ...withMember(current, member, sign) } });
  };
  if (before !== undefined) for (const key of out) await move(key, before, -1);
  for (const key of into) await move(key, after, +1);
  for (const { key, document } of rows.values()) {
    if (document.registered === 0) documents.remove(key.collection, key.id);
    else documents.put(key.collection, document);
  }
}

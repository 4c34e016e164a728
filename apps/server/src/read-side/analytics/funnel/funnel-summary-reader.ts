import {
  countsOfMembers,
  EVERYONE,
  FUNNEL_DAYS,
  FUNNEL_MEMBERS,
  FUNNEL_MONTHS,
  type FunnelCountsDocument,
  type FunnelDimension,
  type FunnelMemberDocument,
  type ValueCounts,
} from '#projections';
import type { DocumentFilter, KeysetPosition, ReadDocument, ReadStore } from '#read-store';
import { inRange, type InstantRange } from './instant-range.js';
import { planRange, planScopedRange, type PeriodSpan } from './range-plan.js';

const PAGE = 5000;

/**
 * The counters per value of `dimension` of the customers registered in exactly [from, to) and, when
 * `owners` is given, owned now by one of them: summary rows for the whole months (and, for everyone,
 * the whole days), the members themselves for what is left at the ends.
 */
export async function funnelCounts(store: ReadStore, range: InstantRange, dimension: FunnelDimension, owners?: readonly string[]): Promise<ValueCounts[]> {
  if (owners === undefined) {
    const plan = planRange(range);
    const rows: ValueCounts[] = [];
    if (plan.months)
      rows.push(...(await readAll<FunnelCountsDocument>(store, FUNNEL_MONTHS, 'period', { equals: { dimension, scope: EVERYONE }, ...periods(plan.months) })));
    for (const days of plan.days)
      rows.push(...(await readAll<FunnelCountsDocument>(store, FUNNEL_DAYS, 'period', { equals: { dimension }, ...periods(days) })));
    const edges: FunnelMemberDocument[] = [];
    for (const day of plan.edgeDays) edges.push(...(await readAll<FunnelMemberDocument>(store, FUNNEL_MEMBERS, 'day', { equals: { day } })));
    return [
      ...rows,
      ...countsOfMembers(
        edges.filter((member) => inRange(range, member.registeredAt)),
        dimension,
      ),
    ];
  }
  if (owners.length === 0) return [];
  const plan = planScopedRange(range);
  const rows: ValueCounts[] = plan.months
    ? await readAll<FunnelCountsDocument>(store, FUNNEL_MONTHS, 'period', { equals: { dimension, scope: owners }, ...periods(plan.months) })
    : [];
  const members: FunnelMemberDocument[] = [];
  for (const days of plan.memberDays) {
    members.push(...(await readAll<FunnelMemberDocument>(store, FUNNEL_MEMBERS, 'day', { equals: { ownerId: owners }, ...(inSpan('day', days) ?? {}) })));
  }
  return [
    ...rows,
    ...countsOfMembers(
      members.filter((member) => inRange(range, member.registeredAt)),
      dimension,
    ),
  ];
}

const periods = (span: PeriodSpan): DocumentFilter => inSpan('period', span) ?? {};

function inSpan(field: string, { gte, lt }: PeriodSpan): DocumentFilter | undefined {
  if (gte === undefined && lt === undefined) return undefined;
  return { range: { [field]: { ...(gte !== undefined ? { gte } : {}), ...(lt !== undefined ? { lt } : {}) } } };
}

async function readAll<T extends ReadDocument>(store: ReadStore, collection: string, sortField: string, filter: DocumentFilter): Promise<T[]> {
  const documents: T[] = [];
  let after: KeysetPosition | undefined;
  do {
    const page = await store.list<T>(collection, { filter, sort: { field: sortField, direction: 'asc' }, after, limit: PAGE });
    documents.push(...page.items);
    after = page.next;
  } while (after);
  return documents;
}

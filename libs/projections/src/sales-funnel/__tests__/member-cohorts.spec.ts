import type { RecordedEvent } from '#event-store';
import { openSqliteReadStore } from '#read-store';
import { Feed, registered, statusChanged } from '../../__tests__/customer-history.js';
import { BatchDocuments } from '../../runner/batch-documents.js';
import { funnelReport } from '../funnel-report.js';
import { FUNNEL_COHORTS, FUNNEL_DIMENSIONS, FUNNEL_MEMBERS, type FunnelCohortDocument, type FunnelMemberDocument } from '../funnel.documents.js';
import { cohortsOfMembers } from '../member-cohorts.js';
import { salesFunnelProjection } from '../sales-funnel.projection.js';

// A team-scoped funnel counts the team's members in memory: it must add up as the projection does.

function history(): RecordedEvent[] {
  const feed = new Feed();
  const at = (month: string, day: string) => `2024-${month}-${day}T10:00:00.000Z`;
  return [
    feed.record('a', registered('a', { registeredAt: at('01', '01'), ownerId: 'u1' }), at('01', '01')),
    feed.record('b', registered('b', { registeredAt: at('01', '03'), ownerId: 'u1', industry: 'retail' }), at('01', '03')),
    feed.record('c', registered('c', { registeredAt: at('02', '02'), ownerId: 'u2' }), at('02', '02')),
    feed.record('a', statusChanged('a', 'prospect', 'qualified'), at('01', '05')),
    feed.record('a', statusChanged('a', 'qualified', 'won'), at('01', '15')),
    feed.record('b', statusChanged('b', 'prospect', 'won'), at('01', '04')),
    feed.record('c', statusChanged('c', 'prospect', 'churned'), at('02', '09')),
  ];
}

describe('cohortsOfMembers', () => {
  it('gives the projection’s own report for every grouping, from the member documents alone', async () => {
    const store = openSqliteReadStore(':memory:');
    await store.prepare(salesFunnelProjection.collections);
    const documents = new BatchDocuments(store);
    const events = history();
    for (const event of events) await salesFunnelProjection.apply(event, documents.forEvent(event.position));
    await store.commit(salesFunnelProjection.name, documents.drainWrites(), events.at(-1)?.position ?? 0);
    const members = (await store.list<FunnelMemberDocument>(FUNNEL_MEMBERS, { sort: { field: 'day', direction: 'asc' }, limit: 100 })).items;
    for (const dimension of FUNNEL_DIMENSIONS) {
      const projected = (
        await store.list<FunnelCohortDocument>(FUNNEL_COHORTS, { filter: { equals: { dimension } }, sort: { field: 'month', direction: 'asc' }, limit: 100 })
      ).items;
      expect([dimension, funnelReport(cohortsOfMembers(members, dimension))]).toEqual([dimension, funnelReport(projected)]);
    }
    expect(
      funnelReport(
        cohortsOfMembers(
          members.filter((m) => m.groups.owner === 'u1'),
          'all',
        ),
      )[0],
    ).toMatchObject({ registered: 2, reached: { won: 2 } });
  });
});

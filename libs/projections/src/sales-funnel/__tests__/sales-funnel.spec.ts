import type { RecordedEvent } from '#event-store';
import { openSqliteReadStore } from '#read-store';
import { Feed, registered, statusChanged } from '../../__tests__/customer-history.js';
import { BatchDocuments } from '../../runner/batch-documents.js';
import { funnelReport, median } from '../funnel-report.js';
import { EVERYONE, FUNNEL_DAYS, FUNNEL_MONTHS, type FunnelCountsDocument } from '../funnel.documents.js';
import { salesFunnelProjection } from '../sales-funnel.projection.js';

/** Applies events through the projection, as the runner would, into an in-memory SQLite read store. */
async function project(events: RecordedEvent[], options: { twice?: boolean } = {}) {
  const store = openSqliteReadStore(':memory:');
  await store.prepare(salesFunnelProjection.collections);
  const documents = new BatchDocuments(store);
  for (const event of events) {
    await salesFunnelProjection.apply(event, documents.forEvent(event.position));
    if (options.twice) await salesFunnelProjection.apply(event, documents.forEvent(event.position));
  }
  await store.commit(salesFunnelProjection.name, documents.drainWrites(), events.at(-1)?.position ?? 0);
  const rows = async (collection: string, equals: Record<string, string>, period?: { gte: string; lt: string }) =>
    (
      await store.list<FunnelCountsDocument>(collection, {
        filter: { equals, ...(period ? { range: { period } } : {}) },
        sort: { field: 'period', direction: 'asc' },
        limit: 1000,
      })
    ).items;
  const cohorts = (dimension: string, scope = EVERYONE) => rows(FUNNEL_MONTHS, { dimension, scope });
  return { store, cohorts, rows };
}

function history(): RecordedEvent[] {
  const feed = new Feed();
  const at = (day: string) => `2024-01-${day}T10:00:00.000Z`;
  return [
    feed.record('a', registered('a', { registeredAt: at('01'), ownerId: 'u1' }), at('01')),
    feed.record('b', registered('b', { registeredAt: at('01'), ownerId: 'u1', industry: 'retail' }), at('01')),
    feed.record('c', registered('c', { registeredAt: at('02'), ownerId: 'u2' }), at('02')),
    feed.record('a', statusChanged('a', 'prospect', 'qualified'), at('05')),
    feed.record('a', statusChanged('a', 'qualified', 'won'), at('15')),
    feed.record('b', statusChanged('b', 'prospect', 'won'), at('03')),
    feed.record('c', statusChanged('c', 'prospect', 'churned'), at('09')),
    feed.record('c', statusChanged('c', 'churned', 'qualified'), at('20')),
    // Owner changes do not move a customer out of its cohort.
    feed.record('a', { type: 'CustomerOwnerChanged', data: { customerId: 'a', from: 'u1', to: 'u2' } }, at('21')),
  ];
}

describe('sales-funnel projection', () => {
  it('counts who reached each stage, with conversion, medians and current status', async () => {
    const { cohorts } = await project(history());
    const [all] = funnelReport(await cohorts('all'));
    expect(all).toEqual({
      key: 'all',
      registered: 3,
      reached: { prospect: 3, qualified: 3, won: 2, churned: 1 },
      conversion: { prospectToQualified: 1, qualifiedToWon: 0.6667, prospectToWon: 0.6667 },
      medianDays: { prospectToQualified: 4, qualifiedToWon: 5, prospectToWon: 8 },
      current: { prospect: 0, qualified: 1, won: 2, churned: 0 },
    });
  });

  it('groups by the owner at registration', async () => {
    const { cohorts } = await project(history());
    const byOwner = funnelReport(await cohorts('owner'));
    expect(byOwner.map((g) => [g.key, g.registered, g.reached.won])).toEqual([
      ['u1', 2, 2],
      ['u2', 1, 0],
    ]);
  });

  it('keeps day rows, so a range of days inside a month is summed from them', async () => {
    const { rows } = await project(history());
    const firstDay = funnelReport(await rows(FUNNEL_DAYS, { dimension: 'industry' }, { gte: '2024-01-01', lt: '2024-01-02' }));
    expect(firstDay.map((g) => [g.key, g.registered])).toEqual([
      ['internet', 1],
      ['retail', 1],
    ]);
  });

  it('keeps month rows per owner now: an owner change moves the customer to its new owner’s rows', async () => {
    const { cohorts } = await project(history());
    const registered = async (owner: string) => funnelReport(await cohorts('all', owner)).map((g) => g.registered);
    expect([await registered('u1'), await registered('u2')]).toEqual([[1], [2]]);
    // …while the owner dimension stays the owner at registration.
    expect(funnelReport(await cohorts('owner', 'u2')).map((g) => [g.key, g.registered])).toEqual([
      ['u1', 1],
      ['u2', 1],
    ]);
  });

  it('changes nothing when every event is applied twice', async () => {
    const once = funnelReport(await (await project(history())).cohorts('all'));
    const twice = funnelReport(await (await project(history(), { twice: true })).cohorts('all'));
    expect(twice).toEqual(once);
  });

  it.each([
    [[], null],
    [[[3, 1]], 3],
    [
      [
        [1, 1],
        [5, 1],
      ],
      3,
    ],
    [
      [
        [1, 2],
        [9, 1],
      ],
      1,
    ],
  ] as [[number, number][], number | null][])('median of %j is %p', (entries, expected) => {
    expect(median(Object.fromEntries(entries))).toBe(expected);
  });
});

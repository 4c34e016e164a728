import type { RfmThresholds } from '#domain';
import type { RecordedEvent } from '#event-store';
import { openSqliteReadStore, type ReadStore } from '#read-store';
import { Feed, orderRecorded, registered, statusChanged } from '../../__tests__/customer-history.js';
import { BatchDocuments } from '../../runner/batch-documents.js';
import { CUSTOMER_RFM, type CustomerRfmDocument } from '../customer-rfm.document.js';
import { lifetimeValueOf } from '../lifetime-value.js';
import { rfmProjection } from '../rfm.projection.js';
import { amountScore, recencyScore, rfmOf, segmentFilter } from '../rfm-scores.js';

const thresholds: RfmThresholds = { recencyDays: [30, 90, 180, 365], frequency: [2, 3, 5, 10], monetary: [1000, 5000, 10_000, 50_000] };
const at = new Date('2024-12-31T00:00:00.000Z');
const daysBefore = (days: number, extraMs = 0) => new Date(at.getTime() - days * 86_400_000 - extraMs).toISOString();

describe('RFM projection', () => {
  let store: ReadStore;
  beforeEach(async () => {
    store = openSqliteReadStore(':memory:');
    await store.prepare(rfmProjection.collections);
  });
  afterEach(() => store.close());

  async function project(events: RecordedEvent[]): Promise<void> {
    const documents = new BatchDocuments(store);
    for (const event of events) await rfmProjection.apply(event, documents.forEvent(event.position));
    await store.commit(rfmProjection.name, documents.drainWrites(), events.at(-1)?.position ?? 0);
  }
  const doc = async (id: string) => (await store.get<CustomerRfmDocument>(CUSTOMER_RFM, id))?.document;

  it('counts CNY orders and spend over all time, first and last order in business time, whatever order they arrive in', async () => {
    const feed = new Feed();
    await project([
      feed.record('c1', registered('c1'), '2024-01-10T09:00:00.000Z'),
      feed.record('c1', orderRecorded('c1', 'o1', 3000, '2024-06-01T00:00:00.000Z'), '2024-06-01T00:00:00.000Z'),
      // An import records an older order later.
      feed.record('c1', orderRecorded('c1', 'o2', 2000, '2024-02-01T00:00:00.000Z'), '2024-06-02T00:00:00.000Z'),
      feed.record(
        'c1',
        { type: 'OrderRecorded', data: { customerId: 'c1', orderId: 'o3', amount: 99, currency: 'USD', orderedAt: '2024-07-01T00:00:00.000Z' } },
        '2024-07-01T00:00:00.000Z',
      ),
      feed.record('c1', { type: 'CustomerOwnerChanged', data: { customerId: 'c1', from: 'u-owner', to: 'u-other' } }, '2024-07-02T00:00:00.000Z'),
    ]);
    expect(await doc('c1')).toEqual({
      id: 'c1',
      ownerId: 'u-other',
      status: 'prospect',
      orders: 2,
      spend: 5000,
      firstOrderAt: '2024-02-01T00:00:00.000Z',
      lastOrderAt: '2024-06-01T00:00:00.000Z',
    });
  });

  it('applying the same events again changes nothing', async () => {
    const feed = new Feed();
    const events = [
      feed.record('c1', registered('c1'), '2024-01-10T09:00:00.000Z'),
      feed.record('c1', orderRecorded('c1', 'o1', 3000, '2024-06-01T00:00:00.000Z'), '2024-06-01T00:00:00.000Z'),
    ];
    await project(events);
    await project(events);
    expect(await doc('c1')).toMatchObject({ orders: 1, spend: 3000 });
  });

  it('keeps the status, so a churned customer is expected to stay no longer', async () => {
    const feed = new Feed();
    await project([
      feed.record('c1', registered('c1', { status: 'won' }), '2024-01-10T09:00:00.000Z'),
      feed.record('c1', statusChanged('c1', 'won', 'churned'), '2024-03-01T00:00:00.000Z'),
    ]);
    expect((await doc('c1'))?.status).toBe('churned');
  });
});

describe('RFM scores', () => {
  it.each([
    [0, 5],
    [30, 5],
    [31, 4],
    [90, 4],
    [91, 3],
    [180, 3],
    [181, 2],
    [365, 2],
    [366, 1],
  ])('%i days since the last order scores R %i (edges 30/90/180/365 included)', (days, score) => {
    expect(recencyScore(days, thresholds.recencyDays)).toBe(score);
  });

  it.each([
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 3],
    [5, 4],
    [9, 4],
    [10, 5],
    [400, 5],
  ])('%i orders score F %i (from each edge on)', (orders, score) => {
    expect(amountScore(orders, thresholds.frequency)).toBe(score);
  });

  const customer = (orders: number, spend: number, lastOrderAt: string, firstOrderAt = lastOrderAt): CustomerRfmDocument => ({
    id: 'c',
    ownerId: 'u',
    status: 'won',
    orders,
    spend,
    firstOrderAt,
    lastOrderAt,
  });

  it('scores a customer and names the segment, counting whole days to the instant asked', () => {
    expect(rfmOf(customer(5, 10_000, daysBefore(10)), thresholds, at)).toEqual({
      recencyDays: 10,
      frequency: 5,
      monetary: 10_000,
      r: 5,
      f: 4,
      m: 4,
      score: '544',
      segment: 'important_value',
    });
    expect(rfmOf(customer(1, 999, daysBefore(400)), thresholds, at)).toMatchObject({ score: '111', segment: 'general_retain' });
    expect(rfmOf(customer(3, 5000, daysBefore(181)), thresholds, at)).toMatchObject({ score: '233', segment: 'important_keep' });
  });

  it('gives no RFM to a customer without a CNY order', () => {
    expect(rfmOf({ id: 'c', ownerId: 'u', status: 'prospect', orders: 0, spend: 0 }, thresholds, at)).toBeUndefined();
  });

  it('a segment filter selects exactly the customers the scores put in it, at the recency edge too', async () => {
    const store = openSqliteReadStore(':memory:');
    await store.prepare(rfmProjection.collections);
    const docs = [
      { ...customer(3, 5000, daysBefore(180)), id: 'edge-in' },
      { ...customer(3, 5000, daysBefore(180, 86_400_000 - 1)), id: 'edge-last-ms' },
      { ...customer(3, 5000, daysBefore(181)), id: 'edge-out' },
      { ...customer(2, 5000, daysBefore(10)), id: 'infrequent' },
      { ...customer(3, 4999, daysBefore(10)), id: 'cheap' },
    ];
    await store.commit(
      'customer-rfm',
      docs.map((document, i) => ({ kind: 'put' as const, collection: CUSTOMER_RFM, document, position: i + 1 })),
      docs.length,
    );
    for (const segment of ['important_value', 'important_keep', 'important_develop', 'general_value'] as const) {
      const listed = await store.list<CustomerRfmDocument>(CUSTOMER_RFM, {
        filter: segmentFilter(segment, thresholds, at),
        sort: { field: 'ownerId', direction: 'asc' },
        limit: 10,
      });
      const scored = docs.filter((d) => rfmOf(d, thresholds, at)?.segment === segment).map((d) => d.id);
      expect(listed.items.map((d) => d.id).sort()).toEqual(scored.sort());
    }
    expect(rfmOf(docs[1], thresholds, at)?.recencyDays).toBe(180);
    await store.close();
  });
});

describe('LTV', () => {
  it('is average order value × purchases per year × the lifetime of the segment, with its inputs', () => {
    const doc: CustomerRfmDocument = {
      id: 'c',
      ownerId: 'u',
      status: 'won',
      orders: 6,
      spend: 60_000,
      firstOrderAt: daysBefore(730),
      lastOrderAt: daysBefore(5),
    };
    expect(lifetimeValueOf(doc, 'important_value', at)).toEqual({
      value: 90_000,
      averageOrderValue: 10_000,
      purchasesPerYear: 3,
      expectedLifetimeYears: 3,
      horizonYears: 3,
      currency: 'CNY',
    });
  });

  it('counts at least one year of purchases, and shortens the lifetime of customers slipping away', () => {
    const recent: CustomerRfmDocument = {
      id: 'c',
      ownerId: 'u',
      status: 'won',
      orders: 2,
      spend: 3000,
      firstOrderAt: daysBefore(30),
      lastOrderAt: daysBefore(1),
    };
    expect(lifetimeValueOf(recent, 'general_retain', at)).toMatchObject({ purchasesPerYear: 2, expectedLifetimeYears: 0.5, value: 1500 });
    expect(lifetimeValueOf({ ...recent, status: 'churned' }, 'general_value', at)).toMatchObject({ expectedLifetimeYears: 0, value: 0 });
  });
});

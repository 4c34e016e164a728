import type { RecordedEvent } from '#event-store';
import { Feed, followUp, orderRecorded, registered, statusChanged } from '../../__tests__/customer-history.js';
import { churnRiskOf, valueMetricsOf } from '../customer-insights.js';
import type { CustomerProfileDocument } from '../customer-profile.document.js';
import { evolveCustomerProfile } from '../evolve-customer-profile.js';

const ID = 'c1';
const fold = (events: RecordedEvent[]) => events.reduce<CustomerProfileDocument | undefined>(evolveCustomerProfile, undefined);

describe('customer-profiles projection', () => {
  describe('given a registration', () => {
    it('creates the list/detail document without sensitive data', () => {
      const feed = new Feed();
      const doc = fold([feed.record(ID, registered(ID, { sensitive: { idNumber: 'X' } }), '2024-01-10T09:00:00.000Z')]);
      expect(doc).toMatchObject({
        id: ID,
        code: 'HB-IT-2024-001',
        status: 'prospect',
        ownerId: 'u-owner',
        tags: [],
        revision: 0,
        activityAt: '2024-01-10T09:00:00.000Z',
        orderCount: 0,
      });
      expect(doc).not.toHaveProperty('sensitive');
      expect(doc?.lastInteractionAt).toBeUndefined();
    });

    it('ignores events before registration', () => {
      const feed = new Feed();
      expect(fold([feed.record(ID, statusChanged(ID, 'prospect', 'won'), '2024-01-10T09:00:00.000Z')])).toBeUndefined();
    });
  });

  describe('given activity', () => {
    const feed = new Feed();
    const events = [
      feed.record(ID, registered(ID), '2024-01-10T09:00:00.000Z'),
      feed.record(ID, followUp(ID, 'f1', '2024-02-01T00:00:00.000Z', 'interested'), '2024-02-01T00:00:00.000Z'),
      feed.record(ID, followUp(ID, 'f0', '2024-01-20T00:00:00.000Z', 'not_interested'), '2024-02-02T00:00:00.000Z'),
      feed.record(ID, orderRecorded(ID, 'o1', 6_000_000, '2024-03-01T00:00:00.000Z'), '2024-03-01T00:00:00.000Z'),
      feed.record(ID, orderRecorded(ID, 'o2', 5_000_000, '2023-01-01T00:00:00.000Z'), '2024-03-02T00:00:00.000Z'),
      feed.record(ID, { type: 'CustomerTagged', data: { customerId: ID, tag: 'vip', source: 'manual' } }, '2024-03-03T00:00:00.000Z'),
      feed.record(ID, { type: 'CustomerTagged', data: { customerId: ID, tag: 'north', source: 'rule', ruleId: 'r1' } }, '2024-03-03T00:00:00.000Z'),
      feed.record(ID, { type: 'CustomerUntagged', data: { customerId: ID, tag: 'vip', source: 'manual' } }, '2024-03-04T00:00:00.000Z'),
      feed.record(ID, statusChanged(ID, 'prospect', 'won'), '2024-03-05T00:00:00.000Z'),
      feed.record(ID, { type: 'CustomerOwnerChanged', data: { customerId: ID, from: 'u-owner', to: 'u-2' } }, '2024-03-06T00:00:00.000Z'),
      feed.record(
        ID,
        { type: 'CustomerProfileUpdated', data: { customerId: ID, changes: { name: 'Acme Group', sensitive: { bankAccount: 'B' } } } },
        '2024-03-07T00:00:00.000Z',
      ),
    ];
    const doc = fold(events) as CustomerProfileDocument;

    it('keeps the latest follow-up result even when an older one arrives later', () => {
      expect(doc).toMatchObject({ followUpCount: 2, lastFollowUpAt: '2024-02-01T00:00:00.000Z', lastFollowUpResult: 'interested' });
    });

    it('keeps order facts, last interaction, tags, status, owner, profile and revision', () => {
      expect(doc).toMatchObject({
        orderCount: 2,
        lastOrderAt: '2024-03-01T00:00:00.000Z',
        lastInteractionAt: '2024-03-01T00:00:00.000Z',
        activityAt: '2024-03-01T00:00:00.000Z',
        tags: ['north'],
        tagDetails: [{ tag: 'north', source: 'rule', ruleId: 'r1' }],
        status: 'won',
        statusChangedAt: '2024-03-05T00:00:00.000Z',
        ownerId: 'u-2',
        name: 'Acme Group',
        revision: 10,
        updatedAt: '2024-03-07T00:00:00.000Z',
      });
      expect(doc).not.toHaveProperty('sensitive');
    });

    it('computes trailing-12-month spend and tier at query time', () => {
      expect(valueMetricsOf(doc, new Date('2024-06-01T00:00:00Z'))).toMatchObject({ trailing12MonthSpend: 6_000_000, tier: 'potential', orderCount: 2 });
      expect(valueMetricsOf(doc, new Date('2025-03-02T00:00:00Z'))).toMatchObject({ trailing12MonthSpend: 0, tier: 'low' });
    });

    it('scores churn risk from quiet days and order recency', () => {
      expect(churnRiskOf(doc, new Date('2024-03-10T00:00:00Z'))).toEqual({ score: 0, level: 'low', reasons: [] });
      const later = churnRiskOf(doc, new Date('2024-10-01T00:00:00Z'));
      expect(later?.level).toBe('high');
      expect(later?.score).toBe(60);
      expect(later?.reasons).toHaveLength(2);
    });
  });

  it('flags an overdue planned follow-up and a not-interested answer', () => {
    const feed = new Feed();
    const doc = fold([
      feed.record(ID, registered(ID), '2024-01-10T09:00:00.000Z'),
      feed.record(ID, followUp(ID, 'f1', '2024-01-11T00:00:00.000Z', 'not_interested', '2024-01-20T00:00:00.000Z'), '2024-01-11T00:00:00.000Z'),
    ]) as CustomerProfileDocument;
    expect(churnRiskOf(doc, new Date('2024-01-25T00:00:00Z'))).toMatchObject({ score: 40, level: 'medium' });
    expect(churnRiskOf({ ...doc, status: 'churned' }, new Date())).toBeUndefined();
  });
});

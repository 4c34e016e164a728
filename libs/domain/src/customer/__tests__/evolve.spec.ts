import type { CustomerEvent } from '../customer-events.js';
import { initialCustomerState } from '../customer-state.js';
import { evolve } from '../evolve.js';
import { CUSTOMER_ID, OWNER_ID, customerRegistered, statusChanged, tagged } from './customer-fixtures.js';
import { stateOf } from './decider-spec.js';

const followUpRecorded = (followUpId: string, at: string): CustomerEvent => ({
  type: 'FollowUpRecorded',
  data: { customerId: CUSTOMER_ID, followUpId, at, method: 'phone', content: 'c', result: 'interested', outcomes: [], recordedBy: OWNER_ID },
});
const orderRecorded = (orderId: string, orderedAt: string): CustomerEvent => ({
  type: 'OrderRecorded',
  data: { customerId: CUSTOMER_ID, orderId, amount: 100, currency: 'CNY', orderedAt },
});
const untagged = (tag: string): CustomerEvent => ({ type: 'CustomerUntagged', data: { customerId: CUSTOMER_ID, tag, source: 'manual' } });

describe('Customer evolve', () => {
  it('starts unregistered', () => {
    expect(initialCustomerState()).toEqual({ kind: 'unregistered' });
  });

  it('CustomerRegistered builds the full registered state', () => {
    expect(stateOf([customerRegistered()])).toEqual({
      kind: 'registered',
      ...customerRegistered().data,
      tags: [],
      orderIds: [],
      followUpCount: 0,
      reminders: [],
      complaints: [],
    });
  });

  it('ignores events of a customer that is not registered', () => {
    expect(stateOf([statusChanged('prospect', 'won'), tagged('vip'), orderRecorded('o-1', '2024-01-01T00:00:00.000Z')])).toEqual({
      kind: 'unregistered',
    });
  });

  it('does not mutate the previous state', () => {
    const before = stateOf([customerRegistered()]);
    const snapshot = structuredClone(before);
    evolve(before, tagged('vip'));
    evolve(before, statusChanged('prospect', 'won'));
    evolve(before, { type: 'CustomerProfileUpdated', data: { customerId: CUSTOMER_ID, changes: { name: 'X' } } });
    expect(before).toEqual(snapshot);
  });

  it('CustomerProfileUpdated merges only the changed fields', () => {
    const state = stateOf([
      customerRegistered(),
      { type: 'CustomerProfileUpdated', data: { customerId: CUSTOMER_ID, changes: { name: 'Renamed', contact: { email: 'x@example.com' } } } },
    ]);
    expect(state).toMatchObject({ name: 'Renamed', contact: { email: 'x@example.com' }, region: 'HB', industry: 'internet', size: 'medium' });
    expect(state.kind === 'registered' && state.contact).toEqual({ email: 'x@example.com' });
  });

  it('CustomerStatusChanged sets the new status', () => {
    expect(stateOf([customerRegistered(), statusChanged('prospect', 'qualified'), statusChanged('qualified', 'won')])).toMatchObject({
      status: 'won',
    });
  });

  it('CustomerOwnerChanged sets the new owner', () => {
    expect(stateOf([customerRegistered(), { type: 'CustomerOwnerChanged', data: { customerId: CUSTOMER_ID, from: OWNER_ID, to: 'user-2' } }])).toMatchObject({
      ownerId: 'user-2',
    });
  });

  describe('tags', () => {
    it('adds tags in order, keeping the ruleId of rule tags', () => {
      expect(stateOf([customerRegistered(), tagged('vip'), tagged('high-value', 'rule', 'rule-1')])).toMatchObject({
        tags: [
          { tag: 'vip', source: 'manual' },
          { tag: 'high-value', source: 'rule', ruleId: 'rule-1' },
        ],
      });
    });

    it('removes exactly the untagged tag', () => {
      const state = stateOf([customerRegistered(), tagged('a'), tagged('b', 'rule', 'rule-1'), tagged('c'), untagged('b')]);
      expect(state.kind === 'registered' && state.tags).toEqual([
        { tag: 'a', source: 'manual' },
        { tag: 'c', source: 'manual' },
      ]);
    });

    it('untagging everything leaves no tags', () => {
      const state = stateOf([customerRegistered(), tagged('a'), untagged('a')]);
      expect(state.kind === 'registered' && state.tags).toEqual([]);
    });
  });

  describe('follow-ups', () => {
    it('counts follow-ups and keeps the latest business time', () => {
      const state = stateOf([customerRegistered(), followUpRecorded('f-1', '2024-03-01T00:00:00.000Z'), followUpRecorded('f-2', '2024-05-01T00:00:00.000Z')]);
      expect(state).toMatchObject({ followUpCount: 2, lastFollowUpAt: '2024-05-01T00:00:00.000Z' });
    });

    it('a backdated follow-up arriving later does not move lastFollowUpAt back', () => {
      const state = stateOf([customerRegistered(), followUpRecorded('f-1', '2024-05-01T00:00:00.000Z'), followUpRecorded('f-old', '2023-01-15T00:00:00.000Z')]);
      expect(state).toMatchObject({ followUpCount: 2, lastFollowUpAt: '2024-05-01T00:00:00.000Z' });
    });

    it('has no lastFollowUpAt before any follow-up', () => {
      const state = stateOf([customerRegistered()]);
      expect(state.kind === 'registered' && state.lastFollowUpAt).toBeUndefined();
    });
  });

  describe('orders', () => {
    it('collects order ids and keeps the latest orderedAt', () => {
      const state = stateOf([customerRegistered(), orderRecorded('o-1', '2024-02-01T00:00:00.000Z'), orderRecorded('o-2', '2024-04-01T00:00:00.000Z')]);
      expect(state).toMatchObject({ orderIds: ['o-1', 'o-2'], lastOrderAt: '2024-04-01T00:00:00.000Z' });
    });

    it('a backdated order arriving later does not move lastOrderAt back', () => {
      const state = stateOf([customerRegistered(), orderRecorded('o-1', '2024-04-01T00:00:00.000Z'), orderRecorded('o-old', '2021-07-01T00:00:00.000Z')]);
      expect(state).toMatchObject({ orderIds: ['o-1', 'o-old'], lastOrderAt: '2024-04-01T00:00:00.000Z' });
    });
  });
});

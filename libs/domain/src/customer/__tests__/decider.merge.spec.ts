import type { CustomerCommand } from '../customer-commands.js';
import type { CustomerEvent } from '../customer-events.js';
import { decide } from '../decide.js';
import type { AbsorbCustomer, MergeCustomerInto, MergeMoves, RevertAbsorption, UnmergeCustomer } from '../customer-merge.js';
import { DEFAULT_INDUSTRIES } from '../customer-vocabulary.js';
import { returnedToMerged } from '../merge-shares.js';
import { CUSTOMER_ID, NOW, OWNER_ID, historyIn, tagged } from './customer-fixtures.js';
import { given, stateOf } from './decider-spec.js';

const SURVIVOR_ID = '0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a';
const MERGE_ID = '1e2d3c4b-5a69-4788-9a6b-5c4d3e2f1a0b';

const followUp: CustomerEvent = {
  type: 'FollowUpRecorded',
  data: {
    customerId: CUSTOMER_ID,
    followUpId: 'f-1',
    at: '2024-06-11T00:00:00.000Z',
    method: 'phone',
    content: 'call',
    result: 'interested',
    outcomes: [],
    recordedBy: OWNER_ID,
  },
};
const order: CustomerEvent = {
  type: 'OrderRecorded',
  data: { customerId: CUSTOMER_ID, orderId: 'SO-1', amount: 100_000, currency: 'CNY', orderedAt: '2024-06-12T00:00:00.000Z' },
};
const reminder: CustomerEvent = {
  type: 'ReminderScheduled',
  data: { customerId: CUSTOMER_ID, reminderId: 'r-1', dueAt: '2024-07-01T00:00:00.000Z', reason: 'call back', assigneeId: OWNER_ID },
};
const busy = [...historyIn('prospect'), followUp, order, reminder, tagged('vip'), tagged('churn-risk', 'rule', 'churn-risk')];

const MOVES: MergeMoves = {
  followUps: [{ followUpId: 'f-1', at: '2024-06-11T00:00:00.000Z', result: 'interested' }],
  orders: [{ orderId: 'SO-1', amount: 100_000, currency: 'CNY', orderedAt: '2024-06-12T00:00:00.000Z' }],
  tags: [{ tag: 'vip', source: 'manual' }],
  reminders: [{ reminderId: 'r-1', dueAt: '2024-07-01T00:00:00.000Z', reason: 'call back', assigneeId: OWNER_ID, status: 'open' }],
  fields: ['notes'],
};

const merge = (overrides: Partial<MergeCustomerInto['data']> = {}): MergeCustomerInto => ({
  type: 'MergeCustomerInto',
  data: { mergeId: MERGE_ID, into: SURVIVOR_ID, reason: 'same company', take: ['notes'], survivorTags: [], maxTags: 10, ...overrides },
  now: NOW,
});
const mergedInto: CustomerEvent = {
  type: 'CustomerMergedInto',
  data: { customerId: CUSTOMER_ID, mergeId: MERGE_ID, into: SURVIVOR_ID, reason: 'same company', moved: MOVES, tagsKept: ['churn-risk'] },
};
const absorb = (take: AbsorbCustomer['data']['take'] = {}): AbsorbCustomer => ({
  type: 'AbsorbCustomer',
  data: { mergeId: MERGE_ID, from: SURVIVOR_ID, reason: 'same company', moved: MOVES, take, industries: DEFAULT_INDUSTRIES },
  now: NOW,
});
const absorbed: CustomerEvent = {
  type: 'CustomerAbsorbed',
  data: { customerId: CUSTOMER_ID, mergeId: MERGE_ID, from: SURVIVOR_ID, reason: 'same company', moved: MOVES, ownerId: OWNER_ID },
};
const unmerge = (returned: MergeMoves = MOVES): UnmergeCustomer => ({ type: 'UnmergeCustomer', data: { reason: 'not the same', returned }, now: NOW });
const revert: RevertAbsorption = {
  type: 'RevertAbsorption',
  data: { mergeId: MERGE_ID, from: SURVIVOR_ID, reason: 'not the same', restore: {}, industries: DEFAULT_INDUSTRIES },
  now: NOW,
};

describe('Customer decider — MergeCustomerInto (on the merged customer)', () => {
  it('records everything that moves: follow-ups, orders, open reminders, manual tags; rule tags stay', () => {
    given(busy).when(merge()).then([mergedInto]);
  });

  it('moves no tag past the survivor’s limit and none it already has: those stay with the merged customer', () => {
    const events = [...busy, tagged('a'), tagged('b')];
    const [event] = decideOf(events, merge({ survivorTags: ['a', 'x'], maxTags: 3 }));
    expect(event.type === 'CustomerMergedInto' && event.data.moved.tags.map((t) => t.tag)).toEqual(['vip']);
    expect(event.type === 'CustomerMergedInto' && event.data.tagsKept).toEqual(['churn-risk', 'a', 'b']);
  });

  it('a repeat into the same survivor is a no-op (a retry completes the survivor’s side)', () => {
    given([...busy, mergedInto])
      .when(merge())
      .thenNothingHappened();
  });

  it('refuses a merge into another customer once merged, naming the survivor', () => {
    given([...busy, mergedInto])
      .when(merge({ into: '2f3e4d5c-6b7a-4899-8a7b-6c5d4e3f2a1b' }))
      .thenThrows('customer-merged');
  });

  it('refuses a merge into itself, naming into', () => {
    given(busy)
      .when(merge({ into: CUSTOMER_ID }))
      .thenThrows('invalid-value', 'into');
  });

  it('refuses a merge without a reason', () => {
    given(busy)
      .when(merge({ reason: ' ' }))
      .thenThrows('invalid-value', 'reason');
  });

  it('leaves the merged customer without what moved', () => {
    const state = stateOf([...busy, mergedInto]);
    expect(
      state.kind === 'registered' && { followUps: state.followUpCount, orders: state.orderIds, tags: state.tags.map((t) => t.tag), reminders: state.reminders },
    ).toEqual({
      followUps: 0,
      orders: [],
      tags: ['churn-risk'],
      reminders: [],
    });
  });
});

describe('Customer decider — commands on a merged customer', () => {
  it.each([
    [
      'a follow-up',
      { type: 'RecordFollowUp', data: { followUpId: 'f-2', method: 'phone', content: 'x', result: 'interested', recordedBy: OWNER_ID }, now: NOW },
    ],
    ['a tag', { type: 'TagCustomer', data: { tag: 'x', source: 'manual', maxTags: 10 }, now: NOW }],
    ['a status change', { type: 'ChangeCustomerStatus', data: { to: 'qualified', reason: 'x' }, now: NOW }],
    ['an archive', { type: 'ArchiveCustomer', data: { reason: 'x' }, now: NOW }],
  ] as const)('refuses %s with customer-merged', (_, command) => {
    given([...busy, mergedInto])
      .when(command)
      .thenThrows('customer-merged');
  });

  it('still accepts erasure', () => {
    const events = decideOf([...busy, mergedInto], { type: 'EraseCustomerPersonalData', data: { reason: 'PIPL' }, now: NOW });
    expect(events.map((e) => e.type)).toEqual(['CustomerPersonalDataErased']);
  });
});

describe('Customer decider — AbsorbCustomer (on the survivor)', () => {
  it('takes what moved, and the taken fields as a profile update', () => {
    given(historyIn('prospect'))
      .when(absorb({ notes: 'from the duplicate' }))
      .then([absorbed, { type: 'CustomerProfileUpdated', data: { customerId: CUSTOMER_ID, changes: { notes: 'from the duplicate' } } }]);
  });

  it('is a no-op the second time (the relay and the command may both run it)', () => {
    given([...historyIn('prospect'), absorbed])
      .when(absorb())
      .thenNothingHappened();
  });

  it('never takes an order id, follow-up or reminder it already holds, nor a tag it has', () => {
    const events = decideOf([...historyIn('prospect'), order, tagged('vip')], absorb());
    expect(events[0].type === 'CustomerAbsorbed' && { orders: events[0].data.moved.orders, tags: events[0].data.moved.tags }).toEqual({ orders: [], tags: [] });
  });

  it('adds the moved follow-ups, orders, tags and reminders to the survivor', () => {
    const state = stateOf([...historyIn('prospect'), absorbed]);
    expect(
      state.kind === 'registered' && [state.followUpCount, state.orderIds, state.tags.map((t) => t.tag), state.reminders.length, state.lastOrderAt],
    ).toEqual([1, ['SO-1'], ['vip'], 1, '2024-06-12T00:00:00.000Z']);
  });
});

describe('Customer decider — UnmergeCustomer and RevertAbsorption', () => {
  it('unmerges a merged customer and gets back what returns', () => {
    given([...busy, mergedInto])
      .when(unmerge())
      .then([{ type: 'CustomerUnmerged', data: { customerId: CUSTOMER_ID, mergeId: MERGE_ID, from: SURVIVOR_ID, reason: 'not the same', returned: MOVES } }]);
    const state = stateOf([
      ...busy,
      mergedInto,
      { type: 'CustomerUnmerged', data: { customerId: CUSTOMER_ID, mergeId: MERGE_ID, from: SURVIVOR_ID, reason: 'x', returned: MOVES } },
    ]);
    // The same customer as before the merge; returned tags come after the ones that stayed.
    const sortedTags = (s: ReturnType<typeof stateOf>) =>
      s.kind === 'registered' ? { ...s, tags: [...s.tags].sort((a, b) => a.tag.localeCompare(b.tag)) } : s;
    expect(sortedTags(state)).toEqual(sortedTags(stateOf(busy)));
  });

  it('refuses to unmerge a customer that is not merged', () => {
    given(busy).when(unmerge()).thenThrows('not-merged');
  });

  it('the survivor gives back what it absorbed, unless changed since (an untagged tag, a completed reminder stay)', () => {
    const untagged: CustomerEvent = { type: 'CustomerUntagged', data: { customerId: CUSTOMER_ID, tag: 'vip', source: 'manual' } };
    const completed: CustomerEvent = { type: 'ReminderCompleted', data: { customerId: CUSTOMER_ID, reminderId: 'r-1', completedBy: OWNER_ID } };
    const survivor = [...historyIn('prospect'), absorbed, untagged, completed];
    const events = decideOf(survivor, revert);
    expect(events).toEqual([
      {
        type: 'CustomerAbsorptionReverted',
        data: { customerId: CUSTOMER_ID, mergeId: MERGE_ID, from: SURVIVOR_ID, reason: 'not the same', returned: { ...MOVES, tags: [], reminders: [] } },
      },
    ]);
    const merged = stateOf([...busy, mergedInto]);
    if (merged.kind !== 'registered' || !merged.mergedInto) throw new Error('expected a merged customer');
    expect(returnedToMerged(merged.mergedInto, stateOf(survivor))).toEqual({ ...MOVES, tags: [], reminders: [] });
  });

  it('a revert without the absorption (already reverted, or never absorbed) is a no-op', () => {
    given(historyIn('prospect')).when(revert).thenNothingHappened();
  });

  it('a merge the survivor never absorbed returns whole', () => {
    const merged = stateOf([...busy, mergedInto]);
    if (merged.kind !== 'registered' || !merged.mergedInto) throw new Error('expected a merged customer');
    expect(returnedToMerged(merged.mergedInto, stateOf(historyIn('prospect')))).toEqual(MOVES);
  });

  it('the survivor after a revert equals the survivor before the merge', () => {
    const reverted = decideOf([...historyIn('prospect'), absorbed], revert);
    const before = stateOf(historyIn('prospect'));
    expect(stateOf([...historyIn('prospect'), absorbed, ...reverted])).toEqual({ ...before, followUps: [], orders: [], absorbed: [] });
  });
});

function decideOf(events: readonly CustomerEvent[], command: CustomerCommand): CustomerEvent[] {
  return decide(command, stateOf(events));
}

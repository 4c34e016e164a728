// Service cases (seeds 001–003: 客服 handles 投訴 and 滿意度): kinds, categories, satisfaction, resolving a complaint.
import type { RecordFollowUp, ResolveComplaint } from '../customer-commands.js';
import type { CustomerEvent } from '../customer-events.js';
import { CUSTOMER_ID, DAY, NOW, before, historyIn } from './customer-fixtures.js';
import { given, stateOf } from './decider-spec.js';

const FOLLOW_UP_ID = '3f0e1d2c-4b5a-4978-8695-a4b3c2d1e0f9';
const COMPLAINED_AT = before(3 * DAY);

const followUp = (data: Partial<RecordFollowUp['data']> = {}): RecordFollowUp => ({
  type: 'RecordFollowUp',
  data: {
    followUpId: FOLLOW_UP_ID,
    at: COMPLAINED_AT,
    method: 'phone',
    content: 'The unit arrived broken',
    result: 'needs_follow_up',
    recordedBy: 'user-service-1',
    ...data,
  },
  now: NOW,
});
const resolve = (data: Partial<ResolveComplaint['data']> = {}): ResolveComplaint => ({
  type: 'ResolveComplaint',
  data: { followUpId: FOLLOW_UP_ID, resolution: 'Replaced the unit', resolvedBy: 'user-service-1', ...data },
  now: NOW,
});
const complaint: CustomerEvent = {
  type: 'FollowUpRecorded',
  data: {
    customerId: CUSTOMER_ID,
    followUpId: FOLLOW_UP_ID,
    at: COMPLAINED_AT.toISOString(),
    method: 'phone',
    content: 'The unit arrived broken',
    result: 'needs_follow_up',
    outcomes: [],
    recordedBy: 'user-service-1',
    kind: 'complaint',
    category: 'product_quality',
  },
};
const resolved: CustomerEvent = {
  type: 'ComplaintResolved',
  data: { customerId: CUSTOMER_ID, followUpId: FOLLOW_UP_ID, resolution: 'Replaced the unit', resolvedAt: NOW.toISOString(), resolvedBy: 'user-service-1' },
};

describe('Customer decider — service cases', () => {
  const history = historyIn('won');

  it('records a complaint with its category and a satisfaction score', () => {
    given(history)
      .when(followUp({ kind: 'complaint', category: 'product_quality' }))
      .then([complaint]);
    const afterSales = { ...omit(complaint.data, 'category'), kind: 'after_sales', satisfaction: 4 };
    given(history)
      .when(followUp({ kind: 'after_sales', satisfaction: 4 }))
      .then([{ type: 'FollowUpRecorded', data: afterSales } as CustomerEvent]);
  });

  it('keeps a sales follow-up as it was recorded before kinds existed (no kind property)', () => {
    given(history)
      .when(followUp({ kind: 'sales' }))
      .then([{ ...complaint, data: { ...omit(complaint.data, 'kind', 'category') } } as CustomerEvent]);
  });

  it('refuses a complaint without a category, and a satisfaction outside 1–5', () => {
    given(history)
      .when(followUp({ kind: 'complaint' }))
      .thenThrows('invalid-value', 'category');
    given(history)
      .when(followUp({ kind: 'inquiry', satisfaction: 6 }))
      .thenThrows('invalid-value', 'satisfaction');
    given(history)
      .when(followUp({ kind: 'inquiry', satisfaction: 2.5 }))
      .thenThrows('invalid-value', 'satisfaction');
  });

  it('resolves an open complaint at its business time', () => {
    given([...history, complaint])
      .when(resolve())
      .then([resolved]);
    const state = stateOf([...history, complaint, resolved]);
    expect(state.kind === 'registered' && state.complaints).toEqual([
      { followUpId: FOLLOW_UP_ID, at: COMPLAINED_AT.toISOString(), category: 'product_quality', resolvedAt: NOW.toISOString() },
    ]);
  });

  it('refuses to resolve twice, a follow-up that is not a complaint, before the complaint or in the future', () => {
    given([...history, complaint, resolved])
      .when(resolve())
      .thenThrows('already-resolved', 'followUpId');
    given(history).when(resolve()).thenThrows('not-found', 'followUpId');
    given([...history, complaint])
      .when(resolve({ at: before(4 * DAY) }))
      .thenThrows('invalid-time', 'at');
    given([...history, complaint])
      .when(resolve({ at: new Date(NOW.getTime() + DAY) }))
      .thenThrows('invalid-time', 'at');
    given([...history, complaint])
      .when(resolve({ resolution: '   ' }))
      .thenThrows('invalid-value', 'resolution');
  });
});

function omit<T extends object>(value: T, ...keys: string[]): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key))) as Partial<T>;
}

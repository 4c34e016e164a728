import type { CustomerEvent } from '../customer-events.js';
import { CUSTOMER_ID, NOW, OWNER_ID, historyIn } from './customer-fixtures.js';
import { given } from './decider-spec.js';

const order: CustomerEvent = {
  type: 'OrderRecorded',
  data: { customerId: CUSTOMER_ID, orderId: 'SO-1', amount: 100_000, currency: 'CNY', orderedAt: '2024-06-12T00:00:00.000Z' },
};
const ORDERS = [{ orderId: 'SO-1', amount: 100_000, currency: 'CNY', orderedAt: '2024-06-12T00:00:00.000Z' }];
const archived: CustomerEvent = {
  type: 'CustomerArchived',
  data: { customerId: CUSTOMER_ID, reason: 'test record', archivedAt: NOW.toISOString(), orders: ORDERS },
};
const archive = { type: 'ArchiveCustomer', data: { reason: 'test record' }, now: NOW } as const;
const restore = { type: 'RestoreCustomer', data: { reason: 'archived by mistake' }, now: NOW } as const;

describe('Customer decider — ArchiveCustomer and RestoreCustomer', () => {
  it('archives with the orders that leave the analytics', () => {
    given([...historyIn('won'), order])
      .when(archive)
      .then([archived]);
  });

  it('archiving again is a no-op (a bulk retry)', () => {
    given([...historyIn('won'), order, archived])
      .when(archive)
      .thenNothingHappened();
  });

  it('refuses an archive without a reason, naming reason', () => {
    given(historyIn('won'))
      .when({ ...archive, data: { reason: '' } })
      .thenThrows('invalid-value', 'reason');
  });

  it('restores an archived customer', () => {
    given([...historyIn('won'), order, archived])
      .when(restore)
      .then([{ type: 'CustomerRestored', data: { customerId: CUSTOMER_ID, reason: 'archived by mistake', orders: ORDERS } }]);
  });

  it('refuses to restore a customer that is not archived', () => {
    given(historyIn('won')).when(restore).thenThrows('not-archived');
  });

  it.each([
    [
      'a follow-up',
      { type: 'RecordFollowUp', data: { followUpId: 'f-2', method: 'phone', content: 'x', result: 'interested', recordedBy: OWNER_ID }, now: NOW },
    ],
    ['an order', { type: 'RecordOrder', data: { orderId: 'SO-2', amount: 1, currency: 'CNY' }, now: NOW }],
    ['an owner change', { type: 'ChangeCustomerOwner', data: { ownerId: 'someone-else' }, now: NOW }],
    ['a merge', { type: 'MergeCustomerInto', data: { mergeId: 'm', into: 'other', reason: 'x', take: [], survivorTags: [], maxTags: 10 }, now: NOW }],
  ] as const)('an archived customer refuses %s with customer-archived', (_, command) => {
    given([...historyIn('won'), archived])
      .when(command)
      .thenThrows('customer-archived');
  });

  it('an archived customer may still be erased', () => {
    given([...historyIn('won'), archived])
      .when({ type: 'EraseCustomerPersonalData', data: { reason: 'PIPL' }, now: NOW })
      .then([{ type: 'CustomerPersonalDataErased', data: { customerId: CUSTOMER_ID, erasedAt: NOW.toISOString(), reason: 'PIPL' } }]);
  });
});

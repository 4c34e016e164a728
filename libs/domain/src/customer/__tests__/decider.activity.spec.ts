// Follow-ups and orders on a registered customer.
import type { RecordFollowUp, RecordOrder } from '../customer-commands.js';
import type { FollowUpRecorded } from '../customer-events.js';
import { CUSTOMER_ID, DAY, MINUTE, NOW, OWNER_ID, after, before, historyIn } from './customer-fixtures.js';
import { given } from './decider-spec.js';

const followUp = (data: Partial<RecordFollowUp['data']> = {}, now: Date = NOW): RecordFollowUp => ({
  type: 'RecordFollowUp',
  data: { followUpId: 'fu-1', method: 'phone', content: 'Discussed pricing', result: 'interested', recordedBy: OWNER_ID, ...data },
  now,
});
const order = (data: Partial<RecordOrder['data']> = {}, now: Date = NOW): RecordOrder => ({
  type: 'RecordOrder',
  data: { orderId: 'ord-1', amount: 129_900, currency: 'CNY', ...data },
  now,
});
/** The event `followUp()` records at NOW (given no `at`), with these fields changed. */
const followUpRecorded = (data: Partial<FollowUpRecorded['data']> = {}): FollowUpRecorded => ({
  type: 'FollowUpRecorded',
  data: {
    customerId: CUSTOMER_ID,
    followUpId: 'fu-1',
    at: NOW.toISOString(),
    method: 'phone',
    content: 'Discussed pricing',
    result: 'interested',
    outcomes: [],
    recordedBy: OWNER_ID,
    ...data,
  },
});
const orderRecorded = (orderId: string, amount: number, orderedAt: string, currency = 'CNY') => ({
  type: 'OrderRecorded' as const,
  data: { customerId: CUSTOMER_ID, orderId, amount, currency, orderedAt },
});

describe('Customer decider — RecordFollowUp', () => {
  describe('when a prospect', () => {
    const history = historyIn('prospect');

    it('records the follow-up at now when no time is given, with outcomes defaulting to []', () => {
      given(history)
        .when(followUp())
        .then([
          {
            type: 'FollowUpRecorded',
            data: {
              customerId: CUSTOMER_ID,
              followUpId: 'fu-1',
              at: '2024-06-15T10:00:00.000Z',
              method: 'phone',
              content: 'Discussed pricing',
              result: 'interested',
              outcomes: [],
              recordedBy: OWNER_ID,
            },
          },
        ]);
    });

    it('records a backdated follow-up (imports) with all optional fields', () => {
      given(history)
        .when(
          followUp({
            followUpId: 'fu-2',
            at: new Date('2023-11-02T08:30:00.000Z'),
            method: 'visit',
            content: 'On-site demo',
            result: 'needs_follow_up',
            nextFollowUpAt: new Date('2023-11-09T08:30:00.000Z'),
            outcomes: ['quote_sent', 'contract_signed'],
            recordedBy: 'user-sales-2',
          }),
        )
        .then([
          {
            type: 'FollowUpRecorded',
            data: {
              customerId: CUSTOMER_ID,
              followUpId: 'fu-2',
              at: '2023-11-02T08:30:00.000Z',
              method: 'visit',
              content: 'On-site demo',
              result: 'needs_follow_up',
              nextFollowUpAt: '2023-11-09T08:30:00.000Z',
              outcomes: ['quote_sent', 'contract_signed'],
              recordedBy: 'user-sales-2',
            },
          },
        ]);
    });

    it('accepts at exactly now', () => {
      given(history)
        .when(followUp({ at: new Date(NOW) }))
        .then([followUpRecorded()]);
    });

    it.each([
      ['a second ahead', after(1000)],
      ['a day ahead', after(DAY)],
    ])('refuses at %s', (_label, at) => {
      given(history).when(followUp({ at })).thenThrows('invalid-time', 'at');
    });

    it.each([
      ['equal to at', before(DAY), before(DAY)],
      ['before at', before(DAY), before(DAY * 2)],
      ['before the defaulted at (now)', undefined, before(MINUTE)],
      ['equal to the defaulted at (now)', undefined, new Date(NOW)],
    ])('refuses nextFollowUpAt %s', (_label, at, nextFollowUpAt) => {
      given(history).when(followUp({ at, nextFollowUpAt })).thenThrows('invalid-time', 'nextFollowUpAt');
    });

    it('accepts a nextFollowUpAt in the future, after a defaulted at', () => {
      given(history)
        .when(followUp({ nextFollowUpAt: after(DAY * 7) }))
        .then([followUpRecorded({ nextFollowUpAt: '2024-06-22T10:00:00.000Z' })]);
    });
  });

  describe.each(['qualified', 'won', 'churned'] as const)('when %s', (status) => {
    it('records follow-ups whatever the status', () => {
      given(historyIn(status))
        .when(followUp({ method: 'email', result: 'not_interested' }))
        .then([followUpRecorded({ method: 'email', result: 'not_interested' })]);
    });
  });
});

describe('Customer decider — RecordOrder', () => {
  describe('when won', () => {
    const history = historyIn('won');

    it('records the order at now when orderedAt is omitted', () => {
      given(history)
        .when(order())
        .then([orderRecorded('ord-1', 129_900, '2024-06-15T10:00:00.000Z')]);
    });

    it('records a backdated order with its currency', () => {
      given(history)
        .when(order({ orderId: 'ord-9', amount: 1, currency: 'USD', orderedAt: new Date('2022-12-31T23:59:59.000Z') }))
        .then([orderRecorded('ord-9', 1, '2022-12-31T23:59:59.000Z', 'USD')]);
    });

    it('accepts orderedAt exactly now', () => {
      given(history)
        .when(order({ orderedAt: new Date(NOW) }))
        .then([orderRecorded('ord-1', 129_900, NOW.toISOString())]);
    });

    it('refuses an order in the future', () => {
      given(history)
        .when(order({ orderedAt: after(1000) }))
        .thenThrows('invalid-time', 'orderedAt');
    });

    it.each([
      ['zero', 0],
      ['negative', -100],
      ['fractional', 99.5],
      ['NaN', Number.NaN],
      ['infinite', Number.POSITIVE_INFINITY],
      ['beyond safe integers', Number.MAX_SAFE_INTEGER + 1],
    ])('refuses a %s amount', (_label, amount) => {
      given(history).when(order({ amount })).thenThrows('invalid-value', 'amount');
    });
  });

  describe('when an order was already recorded', () => {
    const history = [...historyIn('won'), orderRecorded('ord-1', 129_900, '2024-06-01T00:00:00.000Z')];

    it('recording the same orderId again is a no-op', () => {
      given(history).when(order()).thenNothingHappened();
    });

    it('is a no-op even when the repeated order carries different data', () => {
      given(history)
        .when(order({ amount: 5, orderedAt: before(DAY) }))
        .thenNothingHappened();
    });

    it('records another orderId', () => {
      given(history)
        .when(order({ orderId: 'ord-2', amount: 500 }))
        .then([orderRecorded('ord-2', 500, NOW.toISOString())]);
    });
  });

  describe.each(['prospect', 'qualified', 'churned'] as const)('when %s', (status) => {
    it('records orders whatever the status', () => {
      given(historyIn(status))
        .when(order())
        .then([orderRecorded('ord-1', 129_900, NOW.toISOString())]);
    });
  });
});

import type { CustomerStatus } from '../customer-vocabulary.js';
import { decide } from '../decide.js';
import { CUSTOMER_ID, NOW, historyIn } from './customer-fixtures.js';
import { given, stateOf } from './decider-spec.js';

const changeStatus = (to: CustomerStatus, reason = 'reason given', ruleId?: string) => ({
  type: 'ChangeCustomerStatus' as const,
  data: ruleId === undefined ? { to, reason } : { to, reason, ruleId },
  now: NOW,
});

// SPEC §3: prospect→qualified, prospect→won, qualified→won, qualified→prospect,
// any of prospect/qualified/won → churned, churned → prospect or qualified.
const ALLOWED: Record<CustomerStatus, CustomerStatus[]> = {
  prospect: ['qualified', 'won', 'churned'],
  qualified: ['won', 'prospect', 'churned'],
  won: ['churned'],
  churned: ['prospect', 'qualified'],
};
const REFUSED: Record<CustomerStatus, CustomerStatus[]> = {
  prospect: [],
  qualified: [],
  won: ['prospect', 'qualified'],
  churned: ['won'],
};
const LABEL: Record<CustomerStatus, string> = {
  prospect: 'when a prospect',
  qualified: 'when qualified',
  won: 'when won',
  churned: 'when churned',
};

describe.each(['prospect', 'qualified', 'won', 'churned'] as const)('Customer decider — ChangeCustomerStatus', (from) => {
  describe(LABEL[from], () => {
    it.each(ALLOWED[from])(`moves ${from} → %s with the reason`, (to) => {
      given(historyIn(from))
        .when(changeStatus(to, `because ${to}`))
        .then([{ type: 'CustomerStatusChanged', data: { customerId: CUSTOMER_ID, from, to, reason: `because ${to}` } }]);
    });

    if (REFUSED[from].length > 0) {
      it.each(REFUSED[from])(`refuses ${from} → %s with invalid-status-transition`, (to) => {
        given(historyIn(from)).when(changeStatus(to)).thenThrows('invalid-status-transition', 'to');
      });
    }

    it(`refuses ${from} → ${from} with status-unchanged`, () => {
      given(historyIn(from)).when(changeStatus(from)).thenThrows('status-unchanged', 'to');
    });
  });
});

describe('Customer decider — ChangeCustomerStatus by a rule', () => {
  it('keeps the ruleId of an automated change', () => {
    given(historyIn('won'))
      .when(changeStatus('churned', 'no order in 180 days', 'rule-churn-180'))
      .then([
        {
          type: 'CustomerStatusChanged',
          data: { customerId: CUSTOMER_ID, from: 'won', to: 'churned', reason: 'no order in 180 days', ruleId: 'rule-churn-180' },
        },
      ]);
  });

  it('emits no ruleId key for a manual change', () => {
    const [event] = decide(changeStatus('qualified'), stateOf(historyIn('prospect')));
    expect(Object.keys(event!.data)).not.toContain('ruleId');
  });

  it('win-back after churn follows the lifecycle again (churned → qualified → won)', () => {
    given([
      ...historyIn('churned'),
      {
        type: 'CustomerStatusChanged',
        data: { customerId: CUSTOMER_ID, from: 'churned', to: 'qualified', reason: 'win-back' },
      },
    ])
      .when(changeStatus('won', 'signed again'))
      .then([{ type: 'CustomerStatusChanged', data: { customerId: CUSTOMER_ID, from: 'qualified', to: 'won', reason: 'signed again' } }]);
  });
});

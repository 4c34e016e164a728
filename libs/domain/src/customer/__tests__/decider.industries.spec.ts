// SPEC §3: the industry is one of a configurable list (INDUSTRIES). The list comes in with the
// command, as the tag cap does, so the decider checks it without knowing the configuration.
import type { CustomerCommand } from '../customer-commands.js';
import { CUSTOMER_ID, NOW, customerRegistered, historyIn, registerCustomer } from './customer-fixtures.js';
import { given } from './decider-spec.js';

const INDUSTRIES = ['internet', 'mining'];
const registerIn = (industry: string, industries: readonly string[] = INDUSTRIES): CustomerCommand => {
  const command = registerCustomer({ industry });
  return { ...command, data: { ...command.data, industries } };
};
const updateIndustry = (changes: { industry?: string; notes?: string }, industries: readonly string[] = INDUSTRIES): CustomerCommand => ({
  type: 'UpdateCustomerProfile',
  data: { changes, industries },
  now: NOW,
});

describe('Customer decider — configured industries', () => {
  describe('RegisterCustomer', () => {
    it('accepts an industry of the configured list, even one that is not a default', () => {
      given([])
        .when(registerIn('mining'))
        .then([customerRegistered({ industry: 'mining', registeredAt: NOW.toISOString() })]);
    });

    it('refuses an industry outside the configured list, naming the field', () => {
      given([]).when(registerIn('retail')).thenThrows('invalid-value', 'industry');
    });

    it('does not record the list itself', () => {
      given([])
        .when(registerIn('internet'))
        .then([customerRegistered({ registeredAt: NOW.toISOString() })]);
    });
  });

  describe('UpdateCustomerProfile', () => {
    it('accepts a change to a configured industry', () => {
      given(historyIn('prospect'))
        .when(updateIndustry({ industry: 'mining' }))
        .then([{ type: 'CustomerProfileUpdated', data: { customerId: CUSTOMER_ID, changes: { industry: 'mining' } } }]);
    });

    it('refuses a change to an industry outside the configured list', () => {
      given(historyIn('prospect'))
        .when(updateIndustry({ industry: 'retail' }))
        .thenThrows('invalid-value', 'industry');
    });

    it('keeps a customer whose industry left the list editable in other fields', () => {
      given(historyIn('prospect'))
        .when(updateIndustry({ notes: 'still here' }, ['mining']))
        .then([{ type: 'CustomerProfileUpdated', data: { customerId: CUSTOMER_ID, changes: { notes: 'still here' } } }]);
    });
  });
});

import type { CustomerEvent } from '../customer-events.js';
import { DEFAULT_INDUSTRIES } from '../customer-vocabulary.js';
import { ERASED } from '../personal-data-erasure.js';
import { CUSTOMER_ID, customerRegistered, NOW } from './customer-fixtures.js';
import { given, stateOf } from './decider-spec.js';

const erase = (reason = 'PIPL request') => ({ type: 'EraseCustomerPersonalData' as const, data: { reason }, now: NOW });
const erased: CustomerEvent = { type: 'CustomerPersonalDataErased', data: { customerId: CUSTOMER_ID, erasedAt: NOW.toISOString(), reason: 'PIPL request' } };

describe('personal data erasure', () => {
  describe('when registered', () => {
    it('records the erasure with its reason and time', () => {
      given([customerRegistered()]).when(erase()).then([erased]);
    });
  });

  describe('when not registered', () => {
    it('is refused as not found', () => {
      given([]).when(erase()).thenThrows('not-found');
    });
  });

  describe('when already erased', () => {
    it('is a no-op', () => {
      given([customerRegistered(), erased]).when(erase('again')).thenNothingHappened();
    });

    it('refuses new personal data but accepts other profile changes', () => {
      const history = [customerRegistered(), erased];
      given(history)
        .when({ type: 'UpdateCustomerProfile', data: { changes: { contact: { phone: '13900000000' } }, industries: DEFAULT_INDUSTRIES }, now: NOW })
        .thenThrows('invalid-value', 'contact');
      given(history)
        .when({ type: 'UpdateCustomerProfile', data: { changes: { name: 'New Name' }, industries: DEFAULT_INDUSTRIES }, now: NOW })
        .thenThrows('invalid-value', 'name');
      given(history)
        .when({ type: 'UpdateCustomerProfile', data: { changes: { notes: 'still a customer' }, industries: DEFAULT_INDUSTRIES }, now: NOW })
        .then([{ type: 'CustomerProfileUpdated', data: { customerId: CUSTOMER_ID, changes: { notes: 'still a customer' } } }]);
    });
  });

  it('blanks name and every contact field in the state and drops sensitive data', () => {
    const state = stateOf([customerRegistered({ sensitive: { idNumber: '110101199003077777' } }), erased]);
    expect(state).toMatchObject({ name: ERASED, personalDataErased: true });
    if (state.kind !== 'registered') throw new Error('expected a registered customer');
    expect(Object.values(state.contact).every((value) => value === ERASED)).toBe(true);
    expect(state.sensitive).toBeUndefined();
  });
});

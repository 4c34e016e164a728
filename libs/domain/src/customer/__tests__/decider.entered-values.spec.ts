import type { RegisterCustomer, UpdateCustomerProfile } from '../customer-commands.js';
import { DEFAULT_INDUSTRIES, type Contact, type EnteredValues } from '../customer-vocabulary.js';
import { CUSTOMER_ID, NOW, customerRegistered, registerCustomer, registrationData } from './customer-fixtures.js';
import { given, stateOf } from './decider-spec.js';

const registerWith = (contact: Contact, entered?: EnteredValues): RegisterCustomer => {
  const command = registerCustomer({ contact });
  return { ...command, data: { ...command.data, ...(entered ? { entered } : {}) } };
};
const update = (changes: UpdateCustomerProfile['data']['changes'], entered?: EnteredValues): UpdateCustomerProfile => ({
  type: 'UpdateCustomerProfile',
  data: { changes, industries: DEFAULT_INDUSTRIES, ...(entered ? { entered } : {}) },
  now: NOW,
});

describe('Customer decider — values as entered beside the normalised ones', () => {
  describe('when registering', () => {
    it('records the entered forms beside the canonical values', () => {
      const contact = { name: 'Li Lei', phone: '13812345679', email: 'li@example.com' };
      const entered = { contact: { phone: '+86 138-1234-5679', email: ' Li@Example.com' } };
      given([])
        .when(registerWith(contact, entered))
        .then([{ type: 'CustomerRegistered', data: { ...registrationData({ contact }), status: 'prospect', registeredAt: NOW.toISOString(), entered } }]);
    });

    it('records no entered key when nothing was changed by normalisation', () => {
      given([])
        .when(registerWith({ phone: '13812345679' }))
        .then([
          {
            type: 'CustomerRegistered',
            data: { ...registrationData({ contact: { phone: '13812345679' } }), status: 'prospect', registeredAt: NOW.toISOString() },
          },
        ]);
    });

    it('refuses a phone that is not in canonical form, naming contact.phone', () => {
      given([])
        .when(registerWith({ phone: '138-1234-5679' }))
        .thenThrows('invalid-value', 'contact.phone');
    });

    it('keeps the entered forms out of the state', () => {
      const state = stateOf([customerRegistered({ entered: { name: 'ＡＢＣ　公司' } })]);
      expect(state).not.toHaveProperty('entered');
    });
  });

  describe('when updating a profile', () => {
    const history = [customerRegistered()];

    it('records the entered form of a changed value', () => {
      const contact = { ...registrationData().contact, phone: '13900001111' };
      given(history)
        .when(update({ contact }, { contact: { phone: '139 0000 1111' } }))
        .then([{ type: 'CustomerProfileUpdated', data: { customerId: CUSTOMER_ID, changes: { contact }, entered: { contact: { phone: '139 0000 1111' } } } }]);
    });

    it('records nothing when the entered value normalises to the stored one', () => {
      given(history)
        .when(update({ contact: registrationData().contact }, { contact: { phone: '138-1234-5678' } }))
        .thenNothingHappened();
    });

    it('drops the entered form of a field that did not change', () => {
      given(history)
        .when(update({ name: registrationData().name, notes: 'n' }, { name: '  Hubei   Cloud Ltd' }))
        .then([{ type: 'CustomerProfileUpdated', data: { customerId: CUSTOMER_ID, changes: { notes: 'n' } } }]);
    });
  });
});

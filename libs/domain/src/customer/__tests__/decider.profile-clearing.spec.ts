import type { UpdateCustomerProfile } from '../customer-commands.js';
import { DEFAULT_INDUSTRIES } from '../customer-vocabulary.js';
import type { ProfilePatch } from '../profile-patch.js';
import { CUSTOMER_ID, NOW, customerRegistered } from './customer-fixtures.js';
import { given, stateOf } from './decider-spec.js';

const update = (changes: ProfilePatch): UpdateCustomerProfile => ({
  type: 'UpdateCustomerProfile',
  data: { changes, industries: DEFAULT_INDUSTRIES },
  now: NOW,
});
const registered = customerRegistered({ notes: 'met at the fair', needs: 'CRM', sensitive: { idNumber: '110101199003077777' } });
const contact = registered.data.contact;

describe('Customer decider — null clears an optional profile field', () => {
  it('names the cleared fields beside the changes', () => {
    given([registered])
      .when(update({ notes: null, size: null, name: 'Hubei Cloud Group' }))
      .then([{ type: 'CustomerProfileUpdated', data: { customerId: CUSTOMER_ID, changes: { name: 'Hubei Cloud Group' }, cleared: ['notes', 'size'] } }]);
  });

  it('clears a contact key: the contact without it, and its path in cleared', () => {
    const { title: _title, ...rest } = contact;
    given([registered])
      .when(update({ contact: { ...contact, title: null } }))
      .then([{ type: 'CustomerProfileUpdated', data: { customerId: CUSTOMER_ID, changes: { contact: rest }, cleared: ['contact.title'] } }]);
  });

  it('clears the sensitive data whole, or one key of it (the last one clears the whole)', () => {
    given([registered])
      .when(update({ sensitive: null }))
      .then([{ type: 'CustomerProfileUpdated', data: { customerId: CUSTOMER_ID, changes: {}, cleared: ['sensitive'] } }]);
    given([registered])
      .when(update({ sensitive: { idNumber: null } }))
      .then([{ type: 'CustomerProfileUpdated', data: { customerId: CUSTOMER_ID, changes: {}, cleared: ['sensitive'] } }]);
  });

  it('records nothing for null on a field that is not set', () => {
    given([customerRegistered()])
      .when(update({ notes: null, needs: null }))
      .thenNothingHappened();
  });

  it.each(['name', 'type', 'contact', 'industry', 'region', 'source'])('refuses null on the required %s, naming it', (field) => {
    given([registered])
      .when(update({ notes: null, [field]: null } as ProfilePatch))
      .thenThrows('invalid-value', field);
  });

  it('keeps the profile rules: a contact left with neither phone nor email is refused', () => {
    given([registered])
      .when(update({ contact: { ...contact, phone: null, email: null } }))
      .thenThrows('invalid-value', 'contact');
  });

  it('the state no longer holds what was cleared', () => {
    const state = stateOf([
      registered,
      { type: 'CustomerProfileUpdated', data: { customerId: CUSTOMER_ID, changes: {}, cleared: ['notes', 'size', 'sensitive', 'contact.title'] } },
    ]);
    expect(state).not.toHaveProperty('notes');
    expect(state).not.toHaveProperty('size');
    expect(state).not.toHaveProperty('sensitive');
    expect(state).toMatchObject({ needs: 'CRM', contact: { phone: contact.phone, email: contact.email, name: contact.name } });
    expect(state).not.toHaveProperty('contact.title');
  });
});

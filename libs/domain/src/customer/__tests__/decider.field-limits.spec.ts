// SPEC §3: text fields have one length limit each (FIELD_LIMITS), enforced by the decider whatever
// the caller; the request DTOs and the published event schemas only mirror them.
import type { CustomerCommand } from '../customer-commands.js';
import type { CustomerProfile } from '../customer-vocabulary.js';
import { DEFAULT_INDUSTRIES } from '../customer-vocabulary.js';
import { decide } from '../decide.js';
import { FIELD_LIMITS } from '../field-limits.js';
import { CUSTOMER_ID, NOW, OWNER_ID, customerRegistered, historyIn, registerCustomer } from './customer-fixtures.js';
import { given, stateOf } from './decider-spec.js';

const text = (length: number) => 'x'.repeat(length);
const update = (changes: Partial<CustomerProfile>): CustomerCommand => ({
  type: 'UpdateCustomerProfile',
  data: { changes, industries: DEFAULT_INDUSTRIES },
  now: NOW,
});

describe('Customer decider — field length limits', () => {
  describe('RegisterCustomer', () => {
    const contact = { phone: '13812345678' };
    it.each<[string, Partial<CustomerProfile>]>([
      ['name', { name: text(FIELD_LIMITS.name) }],
      ['contact.name', { contact: { ...contact, name: text(FIELD_LIMITS.contactName) } }],
      ['contact.title', { contact: { ...contact, title: text(FIELD_LIMITS.contactTitle) } }],
      ['needs', { needs: text(FIELD_LIMITS.needs) }],
      ['notes', { notes: text(FIELD_LIMITS.notes) }],
      ['sensitive.idNumber', { sensitive: { idNumber: text(FIELD_LIMITS.idNumber) } }],
    ])('accepts %s at its limit', (_field, overrides) => {
      given([])
        .when(registerCustomer(overrides))
        .then([customerRegistered({ ...overrides, registeredAt: NOW.toISOString() })]);
    });

    it.each<[string, Partial<CustomerProfile>]>([
      ['name', { name: text(FIELD_LIMITS.name + 1) }],
      ['contact.name', { contact: { ...contact, name: text(FIELD_LIMITS.contactName + 1) } }],
      ['contact.title', { contact: { ...contact, title: text(FIELD_LIMITS.contactTitle + 1) } }],
      ['contact.email', { contact: { email: `${text(FIELD_LIMITS.email)}@example.com` } }],
      ['needs', { needs: text(FIELD_LIMITS.needs + 1) }],
      ['notes', { notes: text(FIELD_LIMITS.notes + 1) }],
      ['sensitive.idNumber', { sensitive: { idNumber: text(FIELD_LIMITS.idNumber + 1) } }],
      ['sensitive.bankAccount', { sensitive: { bankAccount: text(FIELD_LIMITS.bankAccount + 1) } }],
    ])('refuses %s one character over its limit', (field, overrides) => {
      given([]).when(registerCustomer(overrides)).thenThrows('invalid-value', field);
    });

    it('refuses an empty name', () => {
      given([])
        .when(registerCustomer({ name: '' }))
        .thenThrows('invalid-value', 'name');
    });
  });

  describe('UpdateCustomerProfile', () => {
    it('refuses a changed field over its limit', () => {
      given(historyIn('prospect'))
        .when(update({ notes: text(FIELD_LIMITS.notes + 1) }))
        .thenThrows('invalid-value', 'notes');
    });

    it('refuses an empty name', () => {
      given(historyIn('prospect'))
        .when(update({ name: '' }))
        .thenThrows('invalid-value', 'name');
    });

    it.each<[string, Partial<CustomerProfile>]>([
      ['name', { name: null as never }],
      ['contact', { contact: null as never }],
      ['region', { region: null as never }],
    ])('refuses a null %s (a required field cannot be cleared)', (field, changes) => {
      given(historyIn('prospect')).when(update(changes)).thenThrows('invalid-value', field);
    });

    it('accepts a contact name at its limit', () => {
      const changed = { contact: { phone: '13812345678', name: text(FIELD_LIMITS.contactName) } };
      given(historyIn('prospect'))
        .when(update(changed))
        .then([{ type: 'CustomerProfileUpdated', data: { customerId: CUSTOMER_ID, changes: changed } }]);
    });
  });

  describe('invisible and control characters', () => {
    it.each<[string, string, Partial<CustomerProfile>]>([
      ['a zero-width name', 'name', { name: '\u200b\u200c\u2060\ufeff' }],
      ['a name of spaces only', 'name', { name: '\u3000 \u00a0' }],
      ['a NUL inside a name', 'name', { name: 'Acme\u0000Corp' }],
      ['an escape in notes', 'notes', { notes: 'see \u001b[31m' }],
    ])('refuses %s', (_label, field, changes) => {
      given(historyIn('prospect')).when(update(changes)).thenThrows('invalid-value', field);
    });

    it('keeps line breaks and tabs in long text', () => {
      given(historyIn('prospect'))
        .when(update({ notes: 'line 1\n\tline 2\r\n' }))
        .then([{ type: 'CustomerProfileUpdated', data: { customerId: CUSTOMER_ID, changes: { notes: 'line 1\n\tline 2\r\n' } } }]);
    });

    it('refuses a tag of a NUL or of zero-width characters', () => {
      for (const tag of ['\u0000', '\u200b']) {
        given(historyIn('prospect'))
          .when({ type: 'TagCustomer', data: { tag, source: 'manual', maxTags: 10 }, now: NOW })
          .thenThrows('invalid-value', 'tag');
      }
    });
  });

  describe('ChangeCustomerStatus', () => {
    const changeStatus = (reason: string): CustomerCommand => ({ type: 'ChangeCustomerStatus', data: { to: 'qualified', reason }, now: NOW });

    it('accepts a reason at its limit', () => {
      given(historyIn('prospect'))
        .when(changeStatus(text(FIELD_LIMITS.reason)))
        .then([{ type: 'CustomerStatusChanged', data: { customerId: CUSTOMER_ID, from: 'prospect', to: 'qualified', reason: text(FIELD_LIMITS.reason) } }]);
    });

    it.each([
      ['an empty', ''],
      ['a too long', text(FIELD_LIMITS.reason + 1)],
    ])('refuses %s reason', (_label, reason) => {
      given(historyIn('prospect')).when(changeStatus(reason)).thenThrows('invalid-value', 'reason');
    });
  });

  describe('RecordFollowUp', () => {
    const followUp = (content: string): CustomerCommand => ({
      type: 'RecordFollowUp',
      data: { followUpId: 'fu-1', method: 'phone', content, result: 'interested', recordedBy: OWNER_ID },
      now: NOW,
    });

    it('accepts content at its limit', () => {
      const [event] = decide(followUp(text(FIELD_LIMITS.content)), stateOf(historyIn('prospect')));
      expect(event).toMatchObject({ type: 'FollowUpRecorded', data: { content: text(FIELD_LIMITS.content) } });
    });

    it.each([
      ['empty', ''],
      ['too long', text(FIELD_LIMITS.content + 1)],
    ])('refuses %s content', (_label, content) => {
      given(historyIn('prospect')).when(followUp(content)).thenThrows('invalid-value', 'content');
    });
  });

  describe('TagCustomer', () => {
    const tag = (name: string): CustomerCommand => ({ type: 'TagCustomer', data: { tag: name, source: 'manual', maxTags: 10 }, now: NOW });

    it('accepts a tag at its limit', () => {
      given(historyIn('prospect'))
        .when(tag(text(FIELD_LIMITS.tag)))
        .then([{ type: 'CustomerTagged', data: { customerId: CUSTOMER_ID, tag: text(FIELD_LIMITS.tag), source: 'manual' } }]);
    });

    it.each([
      ['an empty', ''],
      ['a too long', text(FIELD_LIMITS.tag + 1)],
      ['a space-padded', ' vip '],
    ])('refuses %s tag', (_label, name) => {
      given(historyIn('prospect')).when(tag(name)).thenThrows('invalid-value', 'tag');
    });
  });

  describe('RecordOrder', () => {
    it('refuses an orderId over its limit', () => {
      given(historyIn('won'))
        .when({ type: 'RecordOrder', data: { orderId: text(FIELD_LIMITS.orderId + 1), amount: 100, currency: 'CNY' }, now: NOW })
        .thenThrows('invalid-value', 'orderId');
    });
  });

  describe('EraseCustomerPersonalData', () => {
    it.each([
      ['an empty', ''],
      ['a too long', text(FIELD_LIMITS.reason + 1)],
    ])('refuses %s reason', (_label, reason) => {
      given(historyIn('prospect')).when({ type: 'EraseCustomerPersonalData', data: { reason }, now: NOW }).thenThrows('invalid-value', 'reason');
    });
  });
});

import type { CustomerCommand } from '../customer-commands.js';
import { DEFAULT_INDUSTRIES } from '../customer-vocabulary.js';
import { DAY, MINUTE, NOW, OWNER_ID, after, before, customerRegistered, registerCustomer, registrationData } from './customer-fixtures.js';
import { given } from './decider-spec.js';

describe('Customer decider — when not registered', () => {
  describe('RegisterCustomer', () => {
    it('registers the customer as a prospect, registeredAt = command.now', () => {
      given([])
        .when(registerCustomer())
        .then([{ type: 'CustomerRegistered', data: { ...registrationData(), status: 'prospect', registeredAt: '2024-06-15T10:00:00.000Z' } }]);
    });

    it('takes registeredAt from the command clock, not from the data', () => {
      const now = new Date('2023-01-02T03:04:05.678Z');
      given([])
        .when(registerCustomer({ firstContactAt: undefined }, now))
        .then([customerRegistered({ firstContactAt: undefined, registeredAt: '2023-01-02T03:04:05.678Z' })]);
    });

    it.each([
      ['a phone only', { phone: '13812345678' }],
      ['an email only', { email: 'a@example.com' }],
      ['an E.164 phone only', { phone: '+8613812345678' }],
    ])('accepts a contact with %s', (_label, contact) => {
      given([])
        .when(registerCustomer({ contact }))
        .then([customerRegistered({ contact, registeredAt: NOW.toISOString() })]);
    });

    it.each([
      ['neither phone nor email', { name: 'Li Lei', title: 'CTO' }],
      ['an empty contact', {}],
      ['empty phone and email', { phone: '', email: '' }],
    ])('refuses a contact with %s', (_label, contact) => {
      given([]).when(registerCustomer({ contact })).thenThrows('invalid-value', 'contact');
    });

    it('accepts an individual without size', () => {
      const data = registrationData({ type: 'individual', name: 'Wang Fang', size: undefined });
      given([])
        .when({ type: 'RegisterCustomer', data: { ...data, industries: DEFAULT_INDUSTRIES }, now: NOW })
        .then([{ type: 'CustomerRegistered', data: { ...data, status: 'prospect', registeredAt: NOW.toISOString() } }]);
    });

    it.each(['large', 'medium', 'small', 'micro'] as const)('accepts size %s for an enterprise', (size) => {
      given([])
        .when(registerCustomer({ size }))
        .then([customerRegistered({ size, registeredAt: NOW.toISOString() })]);
    });

    it('refuses a size on an individual', () => {
      given([])
        .when(registerCustomer({ type: 'individual', size: 'small' }))
        .thenThrows('invalid-value', 'size');
    });

    it.each([
      ['now', NOW.toISOString()],
      ['a day ago', before(DAY).toISOString()],
      ['years ago', '2015-03-01T00:00:00.000Z'],
    ])('accepts firstContactAt %s', (_label, firstContactAt) => {
      given([])
        .when(registerCustomer({ firstContactAt }))
        .then([customerRegistered({ firstContactAt, registeredAt: NOW.toISOString() })]);
    });

    it.each([
      ['a minute ahead', after(MINUTE).toISOString()],
      ['tomorrow', after(DAY).toISOString()],
    ])('refuses firstContactAt %s', (_label, firstContactAt) => {
      given([]).when(registerCustomer({ firstContactAt })).thenThrows('invalid-time', 'firstContactAt');
    });
  });

  describe('any other command', () => {
    it.each<CustomerCommand>([
      { type: 'UpdateCustomerProfile', data: { changes: { name: 'New name' }, industries: DEFAULT_INDUSTRIES }, now: NOW },
      { type: 'ChangeCustomerStatus', data: { to: 'qualified', reason: 'met' }, now: NOW },
      {
        type: 'RecordFollowUp',
        data: { followUpId: 'f-1', method: 'phone', content: 'call', result: 'interested', recordedBy: OWNER_ID },
        now: NOW,
      },
      { type: 'RecordOrder', data: { orderId: 'o-1', amount: 100, currency: 'CNY' }, now: NOW },
      { type: 'TagCustomer', data: { tag: 'vip', source: 'manual', maxTags: 10 }, now: NOW },
      { type: 'UntagCustomer', data: { tag: 'vip', source: 'manual' }, now: NOW },
      { type: 'ChangeCustomerOwner', data: { ownerId: 'user-2' }, now: NOW },
    ])('$type is refused with not-found', (command) => {
      given([]).when(command).thenThrows('not-found');
    });
  });
});

describe('Customer decider — when already registered', () => {
  it('refuses a second registration with already-exists', () => {
    given([customerRegistered()]).when(registerCustomer()).thenThrows('already-exists');
  });

  it('refuses a second registration even with different data', () => {
    given([customerRegistered()])
      .when(registerCustomer({ code: 'HB-IT-2024-002', name: 'Other Ltd' }))
      .thenThrows('already-exists');
  });
});

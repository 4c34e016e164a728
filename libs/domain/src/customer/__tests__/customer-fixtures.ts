// The customer every decider and evolve spec starts from, and the events that move it along.
import type { RegisterCustomer, Registration } from '../customer-commands.js';
import type { CustomerEvent, CustomerRegistered } from '../customer-events.js';
import { DEFAULT_INDUSTRIES, type CustomerStatus } from '../customer-vocabulary.js';

export const NOW = new Date('2024-06-15T10:00:00.000Z');
export const CUSTOMER_ID = '6f1c2b7e-4f4e-4a8e-9a57-1d2c3b4a5e6f';
export const OWNER_ID = 'user-sales-1';

const minutes = (n: number) => n * 60_000;
export const before = (ms: number, from: Date = NOW) => new Date(from.getTime() - ms);
export const after = (ms: number, from: Date = NOW) => new Date(from.getTime() + ms);
export const MINUTE = minutes(1);
export const DAY = minutes(60 * 24);

type RegisterData = Registration;

export const registrationData = (overrides: Partial<RegisterData> = {}): RegisterData => ({
  customerId: CUSTOMER_ID,
  code: 'HB-IT-2024-001',
  ownerId: OWNER_ID,
  name: 'Hubei Cloud Ltd',
  type: 'enterprise',
  contact: { name: 'Li Lei', title: 'CTO', phone: '13812345678', email: 'li.lei@example.com' },
  industry: 'internet',
  region: 'HB',
  source: 'exhibition',
  size: 'medium',
  firstContactAt: '2024-06-01T00:00:00.000Z',
  ...overrides,
});

export const registerCustomer = (overrides: Partial<RegisterData> = {}, now: Date = NOW): RegisterCustomer => ({
  type: 'RegisterCustomer',
  data: { ...registrationData(overrides), industries: DEFAULT_INDUSTRIES },
  now,
});

/** The event a successful registration stores (built by hand, not through decide). */
export const customerRegistered = (overrides: Partial<CustomerRegistered['data']> = {}): CustomerRegistered => ({
  type: 'CustomerRegistered',
  data: { ...registrationData(), status: 'prospect', registeredAt: '2024-06-10T09:00:00.000Z', ...overrides },
});

export const statusChanged = (from: CustomerStatus, to: CustomerStatus, reason = `to ${to}`): CustomerEvent => ({
  type: 'CustomerStatusChanged',
  data: { customerId: CUSTOMER_ID, from, to, reason },
});

/** History that leaves a registered customer in the given status, via allowed moves only. */
export function historyIn(status: CustomerStatus): CustomerEvent[] {
  const registered = customerRegistered();
  switch (status) {
    case 'prospect':
      return [registered];
    case 'qualified':
      return [registered, statusChanged('prospect', 'qualified')];
    case 'won':
      return [registered, statusChanged('prospect', 'qualified'), statusChanged('qualified', 'won')];
    case 'churned':
      return [registered, statusChanged('prospect', 'won'), statusChanged('won', 'churned')];
  }
}

export const tagged = (tag: string, source: 'manual' | 'rule' = 'manual', ruleId?: string): CustomerEvent => ({
  type: 'CustomerTagged',
  data: ruleId === undefined ? { customerId: CUSTOMER_ID, tag, source } : { customerId: CUSTOMER_ID, tag, source, ruleId },
});

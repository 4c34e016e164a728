// Emmett-style decider specification: given(events).when(command).then(expectedEvents) / .thenThrows(code).
// The state is always rebuilt from the given events with the real `evolve`, so a spec exercises decide + evolve together.
import { DomainError, type DomainErrorCode } from '../../shared/domain-error.js';
import type { CustomerCommand, RegisterCustomer, Registration } from '../customer-commands.js';
import type { CustomerEvent, CustomerRegistered } from '../customer-events.js';
import { initialCustomerState, type CustomerState } from '../customer-state.js';
import { DEFAULT_INDUSTRIES, type CustomerStatus } from '../customer-vocabulary.js';
import { decide } from '../decide.js';
import { evolve } from '../evolve.js';

export const stateOf = (events: readonly CustomerEvent[]): CustomerState => events.reduce(evolve, initialCustomerState());

export interface DeciderThen {
  /** The command produces exactly these events (order and data included). */
  then(expected: CustomerEvent[]): void;
  /** The command is accepted but is a no-op: no events. */
  thenNothingHappened(): void;
  /** The command is refused with a DomainError of this code (and field, when given). */
  thenThrows(code: DomainErrorCode, field?: string): void;
}

export function given(events: readonly CustomerEvent[] = []): { when(command: CustomerCommand): DeciderThen } {
  return {
    when(command) {
      const run = () => decide(command, stateOf(events));
      return {
        then(expected) {
          expect(run()).toStrictEqual(expected);
        },
        thenNothingHappened() {
          expect(run()).toEqual([]);
        },
        thenThrows(code, field) {
          let thrown: unknown;
          try {
            run();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(DomainError);
          expect((thrown as DomainError).code).toBe(code);
          if (field !== undefined) expect((thrown as DomainError).field).toBe(field);
        },
      };
    },
  };
}

// ─── fixtures ───

export const NOW = new Date('2024-06-15T10:00:00.000Z');
export const CUSTOMER_ID = '6f1c2b7e-4f4e-4a8e-9a57-1d2c3b4a5e6f';
export const OWNER_ID = 'user-sales-1';

const minutes = (n: number) => n * 60_000;
export const before = (ms: number, from: Date = NOW) => new Date(from.getTime() - ms);
export const after = (ms: number, from: Date = NOW) => new Date(from.getTime() + ms);
export const MINUTE = minutes(1);
export const DAY = minutes(60 * 24);

export type RegisterData = Registration;

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

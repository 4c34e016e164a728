import { DomainError } from '../shared/domain-error.js';
import type { CustomerState, RegisteredCustomer } from './customer-state.js';
import type { Contact, CustomerProfile } from './customer-vocabulary.js';
import { assertTextLength, FIELD_LIMITS } from './field-limits.js';

/** What personal data reads as once erased (SPEC §7), everywhere. */
export const ERASED = '[erased]';

export type CustomerPersonalDataErased = {
  type: 'CustomerPersonalDataErased';
  data: { customerId: string; erasedAt: string; reason: string };
};

export type EraseCustomerPersonalData = {
  type: 'EraseCustomerPersonalData';
  data: { reason: string };
  now: Date;
};

/** Erasing twice is a no-op: the second request finds nothing left to erase. */
export function decideErasure({ data, now }: EraseCustomerPersonalData, state: RegisteredCustomer): CustomerPersonalDataErased[] {
  assertTextLength('reason', data.reason, FIELD_LIMITS.reason, true);
  if (state.personalDataErased) return [];
  return [{ type: 'CustomerPersonalDataErased', data: { customerId: state.customerId, erasedAt: now.toISOString(), reason: data.reason } }];
}

export function evolveErasure(state: RegisteredCustomer): RegisteredCustomer {
  const { sensitive: _gone, ...rest } = state;
  return { ...rest, ...erasedNameAndContact(state.contact), personalDataErased: true };
}

/** Name and contact as they read once erased: every value present becomes `[erased]`, absent ones stay absent. */
export function erasedNameAndContact(contact: Contact): { name: string; contact: Contact } {
  return { name: ERASED, contact: Object.fromEntries(Object.entries(contact).map(([key, value]) => [key, value === undefined ? value : ERASED])) as Contact };
}

/** New personal data for an erased customer would have no key to be encrypted with: refuse it. */
export function assertNoPersonalDataAfterErasure(state: CustomerState, changes: Partial<CustomerProfile>): void {
  if (state.kind !== 'registered' || !state.personalDataErased) return;
  const field = (['name', 'contact', 'sensitive'] as const).find((f) => changes[f] !== undefined);
  if (field) throw new DomainError('invalid-value', "This customer's personal data was erased; it cannot be set again", field);
}

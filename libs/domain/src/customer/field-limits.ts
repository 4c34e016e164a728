import { DomainError } from '../shared/domain-error.js';

/**
 * The longest text each field accepts, in characters: one table for the decider, the request DTOs
 * and the published event schemas. A contact's name and title are a person's, so 100 is plenty;
 * a company name gets 200.
 */
export const FIELD_LIMITS = {
  name: 200,
  contactName: 100,
  contactTitle: 100,
  email: 254,
  needs: 5000,
  notes: 5000,
  idNumber: 64,
  bankAccount: 64,
  tag: 32,
  reason: 500,
  content: 5000,
  orderId: 100,
} as const;

/** Refuses text over `max` characters and, when required, empty text; absent optional text passes. */
export function assertTextLength(field: string, value: string | undefined, max: number, required = false): void {
  if (required && (value === undefined || value.length === 0)) throw new DomainError('invalid-value', `${field} must not be empty`, field);
  if (value !== undefined && value.length > max) throw new DomainError('invalid-value', `${field} must be at most ${max} characters`, field);
}

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

// Control characters other than tab and line breaks (NUL, ESC, DEL, C1) have no place in any text.
const CONTROL = /(?![\t\n\r])\p{Cc}/u;
// Text made only of spaces, controls and invisible format characters (zero-width space, joiners, BOM…).
const INVISIBLE_ONLY = /^[\p{White_Space}\p{Cc}\p{Cf}]*$/u;

/**
 * Refuses text over `max` characters, control characters, text with nothing visible in it and,
 * when required, empty text; absent optional text passes.
 */
export function assertTextLength(field: string, value: string | undefined, max: number, required = false): void {
  if (required && (value === undefined || value.length === 0)) throw new DomainError('invalid-value', `${field} must not be empty`, field);
  if (value === undefined) return;
  if (typeof value !== 'string') throw new DomainError('invalid-value', `${field} must be text`, field);
  if (value.length > max) throw new DomainError('invalid-value', `${field} must be at most ${max} characters`, field);
  if (CONTROL.test(value)) throw new DomainError('invalid-value', `${field} must not contain control characters`, field);
  if (value.length > 0 && INVISIBLE_ONLY.test(value)) throw new DomainError('invalid-value', `${field} must contain visible characters`, field);
}

import { ERASED, type Contact } from '#domain';
import { normalizeEmail, normalizePhone } from '#shared';

// Masked contact fields are found only by their exact, whole value (SPEC §7 masking): the profile
// keeps one key per normalised phone and email, a query is turned into the keys it could equal.
// Normalisation: the digits of the canonical phone (libs/shared/src/normalization), so `+86 138-1234-5679`
// finds 13812345679; normalised e-mails. A query also tries its bare digits, as keys of older documents were.

const digitsKey = (text: string): string | undefined => {
  const digits = text.replace(/\D/g, '');
  return digits === '' ? undefined : `phone:${digits}`;
};

const phoneKey = (text: string): string | undefined => digitsKey(normalizePhone(text) ?? text);

const emailKey = (text: string): string | undefined => {
  const email = normalizeEmail(text);
  return email.includes('@') ? `email:${email}` : undefined;
};

const present = (keys: (string | undefined)[]): string[] => [...new Set(keys.filter((key): key is string => key !== undefined))];

/** The exact-match keys of a customer's contact (none once erased). */
export function contactSearchKeys(contact: Contact): string[] {
  const kept = (value: string | undefined) => (value === undefined || value === ERASED ? undefined : value);
  const phone = kept(contact.phone);
  const email = kept(contact.email);
  return present([phone === undefined ? undefined : phoneKey(phone), email === undefined ? undefined : emailKey(email)]);
}

/** The keys a search text would equal if it were a whole phone number or email. */
export function querySearchKeys(query: string): string[] {
  return present([phoneKey(query), digitsKey(query), emailKey(query)]);
}

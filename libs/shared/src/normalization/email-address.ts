import { foldFullWidth } from './full-width.js';

// The practical RFC 5322 subset (SPEC §3): dot-atom local part, a domain of labels with a dot in it.
const LOCAL = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*";
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const EMAIL = new RegExp(`^${LOCAL}@${LABEL}(?:\\.${LABEL})+$`);

/** An e-mail as stored: trimmed, lower case, full-width characters folded. */
export function normalizeEmail(entered: string): string {
  return foldFullWidth(entered).trim().toLowerCase();
}

/** Today's rule for a stored (normalised) e-mail. */
export function isValidEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}

import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { foldFullWidth } from './full-width.js';

// One canonical form per phone: a mainland mobile as its 11 digits (`13812345679`), any other number
// in E.164 (`+442079460958`). Separators people type (spaces, dashes, dots, brackets) are dropped and
// full-width digits folded; a +86 / 0086 / 86 before a mainland mobile is dropped.

const SEPARATORS = /[\s\-.()（）[\]/]/g;
const MAINLAND_MOBILE = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/;
const CANONICAL = /^(?:1[3-9]\d{9}|\+[1-9]\d{7,14})$/;

/** The canonical form of a phone as entered, or undefined when it is no phone number at all. */
export function normalizePhone(entered: string): string | undefined {
  const compact = foldFullWidth(entered).replace(SEPARATORS, '');
  const mobile = MAINLAND_MOBILE.exec(compact);
  if (mobile) return mobile[1];
  if (!/^(?:\+|00)?\d+$/.test(compact)) return undefined;
  // Without a country prefix a number is read as a mainland one (a landline such as 010-12345678).
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  const parsed = parsePhoneNumberFromString(international, 'CN');
  if (!parsed?.isValid()) return undefined;
  const mobileAgain = MAINLAND_MOBILE.exec(parsed.number);
  return mobileAgain ? mobileAgain[1] : parsed.number;
}

/** Whether a stored phone is in today's canonical form and a valid number (legacy data may not be). */
export function isCanonicalPhone(phone: string): boolean {
  return CANONICAL.test(phone) && normalizePhone(phone) === phone;
}

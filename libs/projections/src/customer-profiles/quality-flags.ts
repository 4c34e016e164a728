import { ERASED, type Contact, type CustomerType, type EnterpriseSize } from '#domain';
import { isCanonicalPhone, isValidEmail } from '#shared';

// What the data-quality report and `GET /v1/customers?quality=` count, per customer, under today's rules
// (a stored event may predate a rule: a legacy phone not in canonical form is `invalid-phone`). These
// depend on the code only, so a rebuild gives the same flags; the configured industries are checked at query time.

export const QUALITY_FLAGS = [
  'missing-email',
  'missing-phone',
  'missing-contact-name',
  'missing-size',
  'missing-first-contact',
  'missing-needs',
  'invalid-phone',
  'invalid-email',
] as const;
export type QualityFlag = (typeof QUALITY_FLAGS)[number];

interface Checked {
  type: CustomerType;
  contact: Contact;
  size?: EnterpriseSize;
  firstContactAt?: string;
  needs?: string;
}

const blank = (value: string | undefined): boolean => value === undefined || value.trim() === '';

/** The flags of one profile; an erased value is neither missing nor invalid. */
export function qualityFlagsOf({ type, contact, size, firstContactAt, needs }: Checked): QualityFlag[] {
  const flags: QualityFlag[] = [];
  const { email, phone, name } = contact;
  if (blank(email)) flags.push('missing-email');
  else if (email !== ERASED && !isValidEmail(email as string)) flags.push('invalid-email');
  if (blank(phone)) flags.push('missing-phone');
  else if (phone !== ERASED && !isCanonicalPhone(phone as string)) flags.push('invalid-phone');
  if (blank(name)) flags.push('missing-contact-name');
  if (type === 'enterprise' && size === undefined) flags.push('missing-size');
  if (firstContactAt === undefined) flags.push('missing-first-contact');
  if (blank(needs)) flags.push('missing-needs');
  return flags;
}

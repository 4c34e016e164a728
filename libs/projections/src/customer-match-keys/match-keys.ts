import { matchName, normalizeEmail, normalizePhone } from '#shared';

// The keys two customers share when they may be the same one (issue 12, duplicates). Each key's kind
// is a reason; a key held by two customers or more is a candidate group. Name keys are per region.

export const MATCH_REASONS = {
  phone: 'same-phone',
  email: 'same-email',
  name: 'same-name-in-region',
  script: 'name-differs-only-in-script',
  core: 'name-differs-only-in-company-suffix',
} as const;
export type MatchKind = keyof typeof MATCH_REASONS;
export type MatchReason = (typeof MATCH_REASONS)[MatchKind];

export interface MatchInputs {
  name: string;
  region: string;
  phone?: string;
  email?: string;
}

/** `<kind>:<value>`: phones and e-mails normalised (legacy values too), names in their three match forms. */
export function matchKeysOf({ name, region, phone, email }: MatchInputs): string[] {
  const forms = matchName(name);
  const keys = [`name:${region}:${forms.exact}`, `script:${region}:${forms.script}`];
  if (forms.core !== '') keys.push(`core:${region}:${forms.core}`);
  if (phone) keys.push(`phone:${normalizePhone(phone) ?? phone.replace(/\D/g, '')}`);
  if (email) keys.push(`email:${normalizeEmail(email)}`);
  return keys;
}

export const kindOfKey = (key: string): MatchKind => key.slice(0, key.indexOf(':')) as MatchKind;

import { ERASED, type Contact } from '#domain';
import type { PersonalDataView } from './access-rules.js';

/** SPEC §7: `138****5678`. */
export function maskPhone(phone: string): string {
  return phone.length <= 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** SPEC §7: `z***@example.com`. */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  return at <= 0 ? '***' : `${email[0]}***${email.slice(at)}`;
}

/** Erased values stay `[erased]`: there is nothing left to mask. */
function maskContact(contact: Contact): Contact {
  const masked = (value: string | undefined, mask: (v: string) => string) => (value && value !== ERASED ? mask(value) : value);
  return {
    ...contact,
    ...(contact.phone ? { phone: masked(contact.phone, maskPhone) } : {}),
    ...(contact.email ? { email: masked(contact.email, maskEmail) } : {}),
  };
}

export function contactAsSeen(contact: Contact, view: PersonalDataView): Contact {
  return view.contact === 'clear' ? contact : maskContact(contact);
}

/**
 * Event data (a registration, or a profile update's `changes`) as the view allows: contact masked, `sensitive`
 * removed; the contact as typed (`entered`) is masked like the stored one.
 */
export function redactEventData(data: Record<string, unknown>, view: PersonalDataView): Record<string, unknown> {
  if (view.contact === 'clear' && view.sensitive) return data;
  const redacted = redactProfile(data, view);
  for (const part of ['changes', 'entered'] as const) {
    const inner = data[part];
    if (inner && typeof inner === 'object') redacted[part] = redactProfile(inner as Record<string, unknown>, view);
  }
  return redacted;
}

function redactProfile(profile: Record<string, unknown>, view: PersonalDataView): Record<string, unknown> {
  const { sensitive, ...rest } = profile;
  const kept = view.sensitive && sensitive !== undefined ? { ...rest, sensitive } : rest;
  return kept.contact && typeof kept.contact === 'object' ? { ...kept, contact: contactAsSeen(kept.contact as Contact, view) } : kept;
}

import { type Actor, ERASED, type Contact } from '#domain';

/** SPEC §7: `138****5678`. */
export function maskPhone(phone: string): string {
  return phone.length <= 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** SPEC §7: `z***@example.com`. */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  return at <= 0 ? '***' : `${email[0]}***${email.slice(at)}`;
}

/** Personal contact data in clear for admin and the customer's owner only. */
export function canSeePersonalData(actor: Actor, ownerId: string): boolean {
  return actor.role === 'admin' || actor.userId === ownerId;
}

/** Erased values stay `[erased]`: there is nothing left to mask. */
export function maskContact(contact: Contact): Contact {
  const masked = (value: string | undefined, mask: (v: string) => string) => (value && value !== ERASED ? mask(value) : value);
  return {
    ...contact,
    ...(contact.phone ? { phone: masked(contact.phone, maskPhone) } : {}),
    ...(contact.email ? { email: masked(contact.email, maskEmail) } : {}),
  };
}

/**
 * Event data (a registration, or a profile update's `changes`) as someone who owns no customer may
 * see it — auditors, integrators: contact masked, `sensitive` removed. Admins see it all.
 */
export function redactEventData(data: Record<string, unknown>): Record<string, unknown> {
  const redacted = redactProfile(data);
  return data.changes && typeof data.changes === 'object' ? { ...redacted, changes: redactProfile(data.changes as Record<string, unknown>) } : redacted;
}

function redactProfile(profile: Record<string, unknown>): Record<string, unknown> {
  const { sensitive: _adminOnly, ...rest } = profile;
  return rest.contact && typeof rest.contact === 'object' ? { ...rest, contact: maskContact(rest.contact as Contact) } : rest;
}

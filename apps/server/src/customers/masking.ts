import type { Actor } from '../../../../libs/application/src/index.js';
import { ERASED, type Contact } from '../../../../libs/domain/src/index.js';

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

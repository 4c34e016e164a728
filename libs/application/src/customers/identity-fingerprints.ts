import { createHash, createHmac, hkdfSync } from 'node:crypto';
import type { Contact } from '#domain';

const HKDF_INFO = 'dossier identity-claim fingerprints v1';

/**
 * The key of the identity fingerprints, derived from the master key (DATA_KEY_ENCRYPTION_KEY) by
 * HKDF-SHA256 under its own label: no second secret to back up, and unrelated to the key-wrapping use.
 */
export function identityHashKey(masterKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), HKDF_INFO, 32));
}

/** What a fingerprint covers: the normalised name with one normalised phone or email. */
function identityKeys(name: string, contact: Contact): string[] {
  const normalizedName = name.trim().toLowerCase().replace(/\s+/g, ' ');
  return [
    contact.phone ? `phone:${contact.phone.replace(/[^\d+]/g, '')}` : undefined,
    contact.email ? `email:${contact.email.trim().toLowerCase()}` : undefined,
  ]
    .filter((key): key is string => key !== undefined)
    .map((key) => `${normalizedName}\u0000${key}`);
}

/**
 * Fingerprints of (name, phone) and (name, email) that name the identity-claim streams: an HMAC, so a
 * stream name reveals nothing to whoever lacks the key (an unkeyed hash of a phone is brute-forced at once).
 */
export class IdentityFingerprints {
  constructor(private readonly key: Buffer) {}

  of(name: string, contact: Contact): string[] {
    return identityKeys(name, contact).map((text) => createHmac('sha256', this.key).update(text).digest('hex').slice(0, 40));
  }

  /** The unkeyed SHA-256 fingerprints of earlier versions, which `identities:rekey` moves away from. */
  static legacy(name: string, contact: Contact): string[] {
    return identityKeys(name, contact).map((text) => createHash('sha256').update(text).digest('hex').slice(0, 40));
  }
}

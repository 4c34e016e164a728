import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { ERASED } from '#domain';
import { PersonalDataIntegrityError } from './personal-data-integrity.error.js';

export { ERASED };

const PREFIX = 'enc:v1:';

/** AES-256-GCM of one string field, stored as `enc:v1:<iv>:<tag>:<ciphertext>` (base64url parts). */
export function encryptField(plaintext: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return PREFIX + [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url')).join(':');
}

export function isEncryptedField(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

/** The plaintext, or `[erased]` when the key is gone. A wrong key or altered ciphertext throws PersonalDataIntegrityError. */
export function decryptField(stored: string, key: Buffer | undefined): string {
  if (key === undefined) return ERASED;
  try {
    const [iv, tag, ciphertext] = stored
      .slice(PREFIX.length)
      .split(':')
      .map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new PersonalDataIntegrityError();
  }
}

/** Envelope encryption of a data key under the master key (raw bytes in, raw bytes out). */
export function wrapKey(dataKey: Buffer, masterKey: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', masterKey, iv);
  const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), wrapped]);
}

export function unwrapKey(blob: Buffer, masterKey: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', masterKey, blob.subarray(0, 12));
  decipher.setAuthTag(blob.subarray(12, 28));
  return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]);
}

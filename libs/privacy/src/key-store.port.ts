/**
 * Per-customer data keys for crypto-shredding (SPEC §7). The key store must be durable and backed
 * up, and is never rebuilt from events: destroying a key is what erases the personal data.
 */
export interface KeyStore {
  /** The subject's key, created on first use; undefined once the key was destroyed. */
  keyFor(subjectId: string): Promise<Buffer | undefined>;
  /** Creates the keys of these subjects that have none yet, durably, in as few writes as the store allows (a bulk import). */
  createKeys(subjectIds: readonly string[]): Promise<void>;
  /** The subject's key if it exists (never creates one); undefined when absent or destroyed. */
  existingKey(subjectId: string): Promise<Buffer | undefined>;
  /** Forgets the key for good. Idempotent. */
  destroy(subjectId: string, at: Date): Promise<void>;
  close(): Promise<void>;
}

export const KEY_STORE = Symbol('KeyStore');

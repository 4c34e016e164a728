/**
 * A stored personal field failed its AES-GCM authentication: altered ciphertext, or a key that is
 * not the one it was written with. Carries where, never what (no plaintext, no ciphertext).
 */
export class PersonalDataIntegrityError extends Error {
  constructor(
    readonly customerId?: string,
    readonly eventId?: string,
  ) {
    super(customerId ? `A personal field of customer ${customerId} failed its integrity check` : 'A personal field failed its integrity check');
    this.name = 'PersonalDataIntegrityError';
  }
}

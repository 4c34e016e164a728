/** The same Idempotency-Key came back with a different request body. */
export class IdempotencyKeyReusedError extends Error {
  constructor() {
    super('This Idempotency-Key was already used for a different request');
    this.name = 'IdempotencyKeyReusedError';
  }
}

import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { canonicalJson } from '#event-store';

const HKDF_INFO = 'dossier idempotency request fingerprints v1';

/** The request a stored answer belongs to. Its body may carry a password (POST /v1/users, /v1/auth/password). */
export interface IdempotentRequest {
  method: string;
  url: string;
  body: unknown;
}

/** The key of the request fingerprints, derived from the master key (DATA_KEY_ENCRYPTION_KEY) by HKDF-SHA256 under its own label. */
export function idempotencyHashKey(masterKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), HKDF_INFO, 32));
}

function requestText({ method, url, body }: IdempotentRequest): string {
  return `${method} ${url} ${canonicalJson(body ?? null)}`;
}

/**
 * What an idempotency record keeps of its request: an HMAC, so a stored record reveals nothing of the
 * body (an unkeyed hash of a short password is brute-forced at once).
 */
export class RequestFingerprints {
  constructor(private readonly key: Buffer) {}

  of(request: IdempotentRequest): string {
    return createHmac('sha256', this.key).update(requestText(request)).digest('hex');
  }

  /** The unkeyed SHA-256 that records written before the HMAC still carry as `requestHash`. */
  static legacy(request: IdempotentRequest): string {
    return createHash('sha256').update(requestText(request)).digest('hex');
  }
}

import { createHash } from 'node:crypto';
import type { EventStore } from '#event-store';
import { type Actor, idempotencyStream } from '#domain';
import { deterministicUuid } from '../command-pipeline/deterministic-id.js';
import { toProposedEvents } from '../command-pipeline/event-envelope.js';
import { RequestFingerprints, type IdempotentRequest } from './request-fingerprints.js';

/** `requestHmac` since the keyed fingerprint; records written before carry the unkeyed `requestHash`. */
export interface StoredResponse {
  requestHmac?: string;
  requestHash?: string;
  body: unknown;
}

/**
 * Responses of requests sent with an Idempotency-Key, kept as events in `idempotency-<fingerprint>`
 * so that every API replica sees them, whichever event store is in use. The one place a key is
 * checked: a request whose record exists gets the stored answer and runs nothing. The event ids a
 * command derives from the key only back this up (a repeat racing the record is absorbed by the store).
 */
export class IdempotencyStore {
  constructor(
    private readonly store: EventStore,
    private readonly requests: RequestFingerprints,
  ) {}

  /** The key as the rest of the system sees it: scoped to the user who sent it. */
  fingerprint(actor: Actor, key: string): string {
    return createHash('sha256').update(`${actor.userId}\u0000${key}`).digest('hex').slice(0, 40);
  }

  /** What a new record keeps of its request. */
  requestFingerprint(request: IdempotentRequest): Pick<StoredResponse, 'requestHmac'> {
    return { requestHmac: this.requests.of(request) };
  }

  /**
   * Whether `stored` answers `request`. A record without `requestHmac` was written under the unkeyed
   * rule and keeps matching by it for as long as it exists (records never expire); new ones never carry it.
   */
  answers(stored: StoredResponse, request: IdempotentRequest): boolean {
    if (stored.requestHmac !== undefined) return stored.requestHmac === this.requests.of(request);
    return stored.requestHash !== undefined && stored.requestHash === RequestFingerprints.legacy(request);
  }

  async find(fingerprint: string): Promise<StoredResponse | undefined> {
    const [recorded] = await this.store.readStream(idempotencyStream(fingerprint), { maxCount: 1 });
    return recorded ? (recorded.data as unknown as StoredResponse) : undefined;
  }

  async save(fingerprint: string, response: StoredResponse, actor: Actor, correlationId: string, at: Date): Promise<void> {
    const streamId = idempotencyStream(fingerprint);
    const context = { actor, correlationId, causationId: correlationId };
    const [event] = toProposedEvents([{ type: 'IdempotentResponseRecorded', data: { ...response } }], streamId, context, at);
    await this.store.append(streamId, [{ ...event, id: deterministicUuid('idempotent-response', fingerprint) }], 'any');
  }
}

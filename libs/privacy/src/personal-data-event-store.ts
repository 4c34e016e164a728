import { ReadMappingEventStore, type EventStore, type ProposedEvent, type RecordedEvent } from '#event-store';
import { decryptField, encryptField, ERASED, isEncryptedField } from './field-cipher.js';
import type { KeyStore } from './key-store.port.js';
import { keySubjectOf } from './key-subject.js';
import { PersonalDataIntegrityError } from './personal-data-integrity.error.js';
import { hasPersonalFields, mapPersonalFields } from './personal-fields.js';

const KEY_CACHE_TTL_MS = 30_000;
const KEY_CACHE_SIZE = 50_000;

/**
 * Crypto-shredding as an EventStore decorator: personal fields of customer events (and webhook
 * secrets) are encrypted with their subject's own key on append and decrypted on read, so every reader (commands,
 * projections, feed, as-of) sees clear text, or `[erased]` once the key is destroyed. The hash
 * chain is computed by the store underneath over the encrypted bytes, so history stays verifiable
 * after erasure. Keys are cached briefly; another process sees an erasure within the cache TTL.
 */
export class PersonalDataEventStore extends ReadMappingEventStore {
  private readonly keys = new Map<string, { key: Buffer | undefined; fetchedAt: number }>();

  constructor(
    stored: EventStore,
    private readonly keyStore: KeyStore,
  ) {
    super(stored);
  }

  /** Every write path (append, appendToStreams) encrypts through here. */
  protected override async mapWrite(streamId: string, events: readonly ProposedEvent[]): Promise<readonly ProposedEvent[]> {
    const subject = keySubjectOf(streamId);
    if (subject === undefined || !events.some((e) => hasPersonalFields(e.type, e.data))) return events;
    const key = await this.cachedKey(subject, { create: true });
    return events.map((event) => ({
      ...event,
      data: mapPersonalFields(event.type, event.data, (value) => (key ? encryptField(value, key) : ERASED)),
    }));
  }

  /** Creates the keys of subjects about to be written (a bulk import's customers) in one go rather than one durable write each. */
  async prepareKeys(subjectIds: readonly string[]): Promise<void> {
    await this.keyStore.createKeys(subjectIds);
  }

  /** Destroys the customer's key: from now on its personal fields read as `[erased]` everywhere. */
  async erase(customerId: string, at: Date): Promise<void> {
    await this.keyStore.destroy(customerId, at);
    this.keys.set(customerId, { key: undefined, fetchedAt: Date.now() });
  }

  override async close(): Promise<void> {
    await this.stored.close();
    await this.keyStore.close();
  }

  protected async mapRead(event: RecordedEvent): Promise<RecordedEvent> {
    const subject = keySubjectOf(event.streamId);
    if (subject === undefined || !hasPersonalFields(event.type, event.data, isEncryptedField)) return event;
    const key = await this.cachedKey(subject);
    try {
      const data = mapPersonalFields(event.type, event.data, (value) => (isEncryptedField(value) ? decryptField(value, key) : value));
      return { ...event, data };
    } catch (error) {
      if (error instanceof PersonalDataIntegrityError) throw new PersonalDataIntegrityError(subject, event.id);
      throw error;
    }
  }

  /** Writers create the key on first use; readers never do (a missing key reads as erased). */
  private async cachedKey(subjectId: string, { create = false } = {}): Promise<Buffer | undefined> {
    const cached = this.keys.get(subjectId);
    if (cached && Date.now() - cached.fetchedAt < KEY_CACHE_TTL_MS && (cached.key || !create)) return cached.key;
    const key = create ? await this.keyStore.keyFor(subjectId) : await this.keyStore.existingKey(subjectId);
    this.keys.delete(subjectId);
    this.keys.set(subjectId, { key, fetchedAt: Date.now() });
    if (this.keys.size > KEY_CACHE_SIZE) this.keys.delete(this.keys.keys().next().value as string);
    return key;
  }
}

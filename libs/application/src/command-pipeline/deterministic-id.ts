import { createHash, randomUUID } from 'node:crypto';

/**
 * A UUID (v4 layout) derived from its inputs: the same Idempotency-Key always yields the same
 * customer and event ids, so the event store's own duplicate detection absorbs a retried request.
 */
export function deterministicUuid(...parts: string[]): string {
  const bytes = createHash('sha256').update(parts.join('\u0000')).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Event ids for one append: derived from the idempotency key when there is one, random otherwise. */
export function eventIdsFor(count: number, streamId: string, idempotencyKey: string | undefined, purpose = 'command'): string[] {
  return Array.from({ length: count }, (_, index) =>
    idempotencyKey === undefined ? randomUUID() : deterministicUuid(idempotencyKey, purpose, streamId, String(index)),
  );
}

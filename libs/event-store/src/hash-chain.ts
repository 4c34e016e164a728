import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** prevHash of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  type: string;
  data: Record<string, unknown>;
  metadata: { occurredAt: string; actorId: string };
}

/** SPEC §7: SHA-256 over prevHash, type, canonical JSON of data, occurredAt and actorId. */
export function eventHash(prevHash: string, event: HashedFields): string {
  const material = [prevHash, event.type, canonicalJson(event.data), event.metadata.occurredAt, event.metadata.actorId];
  return createHash('sha256').update(JSON.stringify(material)).digest('hex');
}

import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import type { EventMetadata, ProposedMetadata } from './event-store.port.js';

/** prevHash of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** The rule new events are sealed under (SPEC §7); events without `hashVersion` were sealed under 1. */
const CURRENT_HASH_VERSION = 2;

export interface HashedFields {
  type: string;
  data: Record<string, unknown>;
  metadata: ProposedMetadata & { hashVersion?: number };
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The hash of an event after `prevHash`, under the rule its metadata names:
 * - 1 (no `hashVersion`): prevHash, type, canonical JSON of data, occurredAt and actorId;
 * - 2: canonical JSON of type, data and all metadata but `hash` (recordedAt, actorRole, … included).
 */
export function eventHash(prevHash: string, event: HashedFields): string {
  const version = event.metadata.hashVersion ?? 1;
  if (version === 1) return sha256(JSON.stringify([prevHash, event.type, canonicalJson(event.data), event.metadata.occurredAt, event.metadata.actorId]));
  const metadata: Record<string, unknown> = { ...event.metadata, prevHash, hashVersion: version };
  delete metadata.hash;
  return sha256(canonicalJson({ type: event.type, data: event.data, metadata }));
}

/** The stored metadata of an event appended after `prevHash`: the caller's, the store time and the chain. */
export function sealMetadata(prevHash: string, event: Omit<HashedFields, 'metadata'> & { metadata: ProposedMetadata }, recordedAt: string): EventMetadata {
  const unsealed = { ...event.metadata, recordedAt, prevHash, hashVersion: CURRENT_HASH_VERSION };
  return { ...unsealed, hash: eventHash(prevHash, { ...event, metadata: unsealed }) };
}

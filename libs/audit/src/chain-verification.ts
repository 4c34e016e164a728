import { GENESIS_HASH, eventHash, type RecordedEvent, type StreamRevision } from '#event-store';

/**
 * Why the chain broke:
 * - `event-missing`: a revision is absent (an event was deleted from the middle);
 * - `chain-mismatch`: prevHash does not link to the event before (deleted, reordered or replaced);
 * - `data-altered`: the hash no longer matches the event's own type, data, occurredAt or actorId.
 */
type ChainBreakReason = 'event-missing' | 'chain-mismatch' | 'data-altered';

export interface ChainVerification {
  valid: boolean;
  events: number;
  /** Revision where the chain first breaks. */
  brokenAt?: StreamRevision;
  reason?: ChainBreakReason;
  /** Hash of the last event: compare it with one noted earlier (an export) to detect a cut tail. */
  headHash?: string;
}

/** Recomputes the per-stream hash chain (SPEC §7) over events as stored, never as upcast. */
export function verifyChain(events: readonly RecordedEvent[]): ChainVerification {
  let prevHash = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const broken = (brokenAt: StreamRevision, reason: ChainBreakReason): ChainVerification => ({ valid: false, events: events.length, brokenAt, reason });
    if (event.revision !== index) return broken(index, 'event-missing');
    if (event.metadata.prevHash !== prevHash) return broken(event.revision, 'chain-mismatch');
    const hash = eventHash(prevHash, event);
    if (hash !== event.metadata.hash) return broken(event.revision, 'data-altered');
    prevHash = hash;
  }
  return { valid: true, events: events.length, ...(events.length > 0 ? { headHash: prevHash } : {}) };
}

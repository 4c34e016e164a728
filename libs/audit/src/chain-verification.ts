import { GENESIS_HASH, eventHash, type RecordedEvent, type StreamRevision } from '#event-store';
import type { AnchoredHead } from './anchors/stream-anchor.js';

/**
 * Why the chain broke:
 * - `event-missing`: a revision is absent (an event was deleted from the middle);
 * - `chain-mismatch`: prevHash does not link to the event before (deleted, reordered or replaced);
 * - `data-altered`: the hash no longer matches the event's own type, data or metadata;
 * - `tail-missing`: the stream ends before the revision its newest anchor recorded (a cut tail);
 * - `anchor-mismatch`: the event at the anchored revision is not the one the anchor recorded;
 * - `anchors-altered`: the anchor stream's own chain is broken, so no anchor can be trusted.
 */
type ChainBreakReason = 'event-missing' | 'chain-mismatch' | 'data-altered' | 'tail-missing' | 'anchor-mismatch' | 'anchors-altered';

export interface ChainVerification {
  valid: boolean;
  events: number;
  /** Revision where the chain first breaks. */
  brokenAt?: StreamRevision;
  reason?: ChainBreakReason;
  /** Hash of the last event: compare it with one noted earlier (an export) to detect a cut tail. */
  headHash?: string;
  /** Revision of the newest anchor the stream was checked against; absent when none covers it yet. */
  anchoredRevision?: StreamRevision;
}

/**
 * Recomputes the per-stream hash chain (SPEC §7) over events as stored, never as upcast, then checks
 * the head against the stream's newest anchor: the stream must reach the anchored revision, and the
 * event there must carry the anchored hash.
 */
export function verifyChain(events: readonly RecordedEvent[], anchor?: AnchoredHead): ChainVerification {
  const broken = (brokenAt: StreamRevision, reason: ChainBreakReason): ChainVerification => ({ valid: false, events: events.length, brokenAt, reason });
  let prevHash = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    if (event.revision !== index) return broken(index, 'event-missing');
    if (event.metadata.prevHash !== prevHash) return broken(event.revision, 'chain-mismatch');
    const hash = eventHash(prevHash, event);
    if (hash !== event.metadata.hash) return broken(event.revision, 'data-altered');
    prevHash = hash;
  }
  if (anchor) {
    if (events.length <= anchor.revision) return broken(events.length, 'tail-missing');
    if (events[anchor.revision].metadata.hash !== anchor.hash) return broken(anchor.revision, 'anchor-mismatch');
  }
  return {
    valid: true,
    events: events.length,
    ...(events.length > 0 ? { headHash: prevHash } : {}),
    ...(anchor ? { anchoredRevision: anchor.revision } : {}),
  };
}

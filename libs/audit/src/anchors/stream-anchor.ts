import type { StreamRevision } from '#event-store';

/**
 * Anchors (SPEC §7): a stream of events, each recording the head (revision and hash) of the streams
 * that grew since the one before. A chain alone cannot tell a deleted tail from a stream that was
 * never longer; the anchor can, so `verify` checks each stream against its newest anchor.
 */
export const ANCHOR_STREAM = 'audit-anchors';
export const STREAM_HEADS_ANCHORED = 'StreamHeadsAnchored';

export interface AnchoredHead {
  streamId: string;
  revision: StreamRevision;
  hash: string;
}

export interface StreamHeadsAnchoredData {
  /** Global position up to which the store had been read: the next anchor reads from there. */
  throughPosition: number;
  heads: AnchoredHead[];
}

import { GENESIS_HASH, eventHash, type EventStore } from '#event-store';
import { ANCHOR_STREAM, type AnchoredHead, type StreamHeadsAnchoredData } from './stream-anchor.js';

const PAGE = 500;

export type NewestAnchor = { intact: true; head?: AnchoredHead } | { intact: false };

/**
 * The newest anchored head of one stream, read from the anchor stream page by page while checking
 * that stream's own hash chain (an edited anchor must not vouch for a cut stream). Cost grows with
 * the number of anchor events (one per page of new events an anchoring run found), not with the store.
 */
export async function newestAnchorOf(store: EventStore, streamId: string): Promise<NewestAnchor> {
  let head: AnchoredHead | undefined;
  let prevHash = GENESIS_HASH;
  for (let from = 0; ; from += PAGE) {
    const page = await store.readStream(ANCHOR_STREAM, { fromRevision: from, maxCount: PAGE });
    for (const [index, event] of page.entries()) {
      if (event.revision !== from + index || event.metadata.prevHash !== prevHash || eventHash(prevHash, event) !== event.metadata.hash)
        return { intact: false };
      prevHash = event.metadata.hash;
      head = (event.data as unknown as StreamHeadsAnchoredData).heads.find((h) => h.streamId === streamId) ?? head;
    }
    if (page.length < PAGE) return { intact: true, head };
  }
}

import { GENESIS_HASH, eventHash, type EventStore, type StreamRevision } from '#event-store';
import { ANCHOR_STREAM, type AnchoredHead, type StreamHeadsAnchoredData } from './stream-anchor.js';

const PAGE = 200;

export type NewestAnchor = { intact: true; head?: AnchoredHead } | { intact: false };

/**
 * The newest anchored head of one stream. Reads the anchor stream from its end backwards and stops at
 * the first anchor naming the stream, so the cost is a few probes plus the anchors written since that
 * stream last grew. Every anchor read must hash right and link to the one after it: an edited or
 * removed anchor must not vouch for a cut stream.
 */
export async function newestAnchorOf(store: EventStore, streamId: string): Promise<NewestAnchor> {
  let end = await lastRevision(store, ANCHOR_STREAM);
  /** prevHash claimed by the anchor after the ones still to read. */
  let link: string | undefined;
  while (end >= 0) {
    const from = Math.max(0, end - PAGE + 1);
    const page = await store.readStream(ANCHOR_STREAM, { fromRevision: from, toRevision: end });
    if (page.length !== end - from + 1) return { intact: false };
    for (let index = page.length - 1; index >= 0; index -= 1) {
      const anchor = page[index];
      const { prevHash, hash } = anchor.metadata;
      if (anchor.revision !== from + index || eventHash(prevHash, anchor) !== hash || (link !== undefined && link !== hash)) return { intact: false };
      link = prevHash;
      const head = (anchor.data as unknown as StreamHeadsAnchoredData).heads.find((h) => h.streamId === streamId);
      if (head) return { intact: true, head };
    }
    end = from - 1;
  }
  return link === undefined || link === GENESIS_HASH ? { intact: true } : { intact: false };
}

/** Revision of a stream's last event (-1 when empty) through forward reads only: doubling, then bisection. */
async function lastRevision(store: EventStore, streamId: string): Promise<StreamRevision> {
  const reaches = async (revision: StreamRevision) => (await store.readStream(streamId, { fromRevision: revision, maxCount: 1 })).length > 0;
  if (!(await reaches(0))) return -1;
  let low = 0;
  let high = 1;
  while (await reaches(high)) [low, high] = [high, high * 2];
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (await reaches(middle)) low = middle;
    else high = middle;
  }
  return low;
}

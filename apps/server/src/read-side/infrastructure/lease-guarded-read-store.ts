import type { Checkpoint, CollectionSpec, DocumentWrite, ReadModelRebuild, ReadStore } from '#read-store';

export class LeaseLostError extends Error {
  constructor(job: string) {
    super(`This process no longer holds the ${job} lease`);
    this.name = 'LeaseLostError';
  }
}

/**
 * The read store as the projection runners of a lease holder see it: every batch commit (live or
 * into a rebuild's shadow) and every swap first checks that the lease is still held, so a process
 * that lost its lease writes nothing more even before its runners have been stopped.
 */
export function leaseGuardedReadStore(store: ReadStore, job: string, isHeld: () => boolean): ReadStore {
  const check = () => {
    if (!isHeld()) throw new LeaseLostError(job);
  };
  const guardRebuild = (rebuild: ReadModelRebuild): ReadModelRebuild => ({
    get: (collection, id) => rebuild.get(collection, id),
    commit: async (writes, checkpoint) => {
      check();
      await rebuild.commit(writes, checkpoint);
    },
    publish: async () => {
      check();
      await rebuild.publish();
    },
    discard: () => rebuild.discard(),
  });
  return {
    prepare: (collections) => store.prepare(collections),
    commit: async (projection: string, writes: readonly DocumentWrite[], checkpoint: Checkpoint) => {
      check();
      await store.commit(projection, writes, checkpoint);
    },
    checkpoint: (projection) => store.checkpoint(projection),
    get: (collection, id) => store.get(collection, id),
    list: (collection, query) => store.list(collection, query),
    count: (collection, filter) => store.count(collection, filter),
    countBy: (collection, field, filter, options) => store.countBy(collection, field, filter, options),
    group: (collection, query) => store.group(collection, query),
    reset: async (projection, collections) => {
      check();
      await store.reset(projection, collections);
    },
    beginRebuild: async (projection: string, collections: readonly CollectionSpec[]) => {
      check();
      return guardRebuild(await store.beginRebuild(projection, collections));
    },
    compact: () => store.compact(),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}

import type { Db } from 'mongodb';
import type { Checkpoint, CollectionSpec, DocumentWrite, ReadDocument, ReadModelRebuild, Versioned } from '../read-store.port.js';
import { UnknownCollectionError } from '../read-store.port.js';
import { applyWrites, CHECKPOINTS, writesByCollection } from './mongodb-writes.js';

const SHADOW_SUFFIX = '__rebuild';

/** Creates a collection under `name` with the indexes of `spec`. */
export type CreateIndexes = (spec: CollectionSpec, name: string) => Promise<void>;

/**
 * Fills `<collection>__rebuild` while the live collection answers; publish indexes it and renames
 * it over the live one (atomic per collection; a projection with two collections swaps them one
 * after the other, then moves the checkpoint). Every failure reaches the caller: a rebuild that
 * could not publish must not look published.
 */
export class MongoReadModelRebuild implements ReadModelRebuild {
  private position: Checkpoint = 0;
  private readonly specs: Map<string, CollectionSpec>;

  constructor(
    private readonly db: Db,
    private readonly projection: string,
    collections: readonly CollectionSpec[],
    private readonly createIndexes: CreateIndexes,
  ) {
    this.specs = new Map(collections.map((spec) => [spec.name, spec]));
  }

  async start(): Promise<void> {
    await this.discard();
  }

  async get<T extends ReadDocument>(collection: string, id: string): Promise<Versioned<T> | undefined> {
    const row = await this.db.collection(this.shadowOf(collection)).findOne({ _id: id as never });
    if (!row) return undefined;
    const { _id, _position, ...fields } = row;
    return { document: { ...fields, id: _id as unknown as string } as T, position: _position as number };
  }

  async commit(writes: readonly DocumentWrite[], checkpoint: Checkpoint): Promise<void> {
    for (const write of writes) this.shadowOf(write.collection);
    for (const [collection, group] of writesByCollection(writes)) await applyWrites(this.db.collection(this.shadowOf(collection)), group);
    this.position = Math.max(this.position, checkpoint);
  }

  async publish(): Promise<void> {
    for (const spec of this.specs.values()) {
      const shadow = this.shadowOf(spec.name);
      // Also creates the shadow of an empty rebuild: rename needs it to exist.
      await this.createIndexes(spec, shadow);
      await this.db.collection(shadow).rename(spec.name, { dropTarget: true });
    }
    await this.db.collection(CHECKPOINTS).updateOne({ _id: this.projection as never }, { $set: { position: this.position } }, { upsert: true });
  }

  /** Dropping a shadow that does not exist is not an error (the driver answers false). */
  async discard(): Promise<void> {
    for (const spec of this.specs.values()) await this.db.collection(this.shadowOf(spec.name)).drop();
  }

  private shadowOf(collection: string): string {
    if (!this.specs.has(collection)) throw new UnknownCollectionError(collection);
    return `${collection}${SHADOW_SUFFIX}`;
  }
}

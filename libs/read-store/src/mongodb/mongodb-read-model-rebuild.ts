import type { Db } from 'mongodb';
import type { Checkpoint, CollectionSpec, DocumentWrite, ReadDocument, ReadModelRebuild, Versioned } from '../read-store.port.js';
import { UnknownCollectionError } from '../read-store.port.js';
import { bulkWriteIgnoringReplays, CHECKPOINTS, guardedOperations, indexesOf } from './mongodb-writes.js';

const SHADOW_SUFFIX = '__rebuild';

/**
 * Fills `<collection>__rebuild` while the live collection answers; publish indexes it and renames
 * it over the live one (atomic per collection; a projection with two collections swaps them one
 * after the other, then moves the checkpoint).
 */
export class MongoReadModelRebuild implements ReadModelRebuild {
  private position: Checkpoint = 0;
  private readonly specs: Map<string, CollectionSpec>;

  constructor(
    private readonly db: Db,
    private readonly projection: string,
    collections: readonly CollectionSpec[],
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
    for (const [collection, operations] of guardedOperations(writes)) await bulkWriteIgnoringReplays(this.db.collection(this.shadowOf(collection)), operations);
    this.position = Math.max(this.position, checkpoint);
  }

  async publish(): Promise<void> {
    for (const spec of this.specs.values()) {
      const shadow = this.db.collection(this.shadowOf(spec.name));
      const indexes = indexesOf(spec);
      if (indexes.length > 0) await shadow.createIndexes(indexes);
      // An empty rebuild never created the collection; rename needs it to exist.
      if ((await this.db.listCollections({ name: shadow.collectionName }).toArray()).length === 0) await this.db.createCollection(shadow.collectionName);
      await shadow.rename(spec.name, { dropTarget: true });
    }
    await this.db.collection(CHECKPOINTS).updateOne({ _id: this.projection as never }, { $set: { position: this.position } }, { upsert: true });
  }

  async discard(): Promise<void> {
    for (const spec of this.specs.values())
      await this.db
        .collection(this.shadowOf(spec.name))
        .drop()
        .catch(() => false);
  }

  private shadowOf(collection: string): string {
    if (!this.specs.has(collection)) throw new UnknownCollectionError(collection);
    return `${collection}${SHADOW_SUFFIX}`;
  }
}

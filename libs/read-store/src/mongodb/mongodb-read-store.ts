import { MongoClient, type Db, type Document } from 'mongodb';
import {
  UnknownCollectionError,
  type Checkpoint,
  type CollectionSpec,
  type DocumentFilter,
  type DocumentPage,
  type DocumentWrite,
  type ListQuery,
  type ReadDocument,
  type ReadModelRebuild,
  type ReadStore,
  type ValueCount,
  type Versioned,
} from '../read-store.port.js';
import { mongoFilter, mongoSort } from './mongodb-filter.js';
import { bulkWriteIgnoringReplays, CHECKPOINTS, guardedOperations, indexesOf } from './mongodb-writes.js';
import { MongoReadModelRebuild } from './mongodb-read-model-rebuild.js';

export async function connectMongoReadStore(uri: string, database: string): Promise<MongoReadStore> {
  const client = await new MongoClient(uri).connect();
  return new MongoReadStore(client, client.db(database));
}

/**
 * Without a replica set there is no transaction over writes + checkpoint, so every write is
 * guarded by `_position < position` in its filter: a batch replayed after a crash matches nothing.
 */
export class MongoReadStore implements ReadStore {
  private readonly specs = new Map<string, CollectionSpec>();

  constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
  ) {}

  async prepare(collections: readonly CollectionSpec[]): Promise<void> {
    for (const spec of collections) {
      const indexes = indexesOf(spec);
      if (indexes.length > 0) await this.db.collection(spec.name).createIndexes(indexes);
      this.specs.set(spec.name, spec);
    }
  }

  async commit(projection: string, writes: readonly DocumentWrite[], checkpoint: Checkpoint): Promise<void> {
    for (const write of writes) this.specOf(write.collection);
    for (const [collection, operations] of guardedOperations(writes)) await bulkWriteIgnoringReplays(this.db.collection(collection), operations);
    await this.db.collection(CHECKPOINTS).updateOne({ _id: projection as never }, { $max: { position: checkpoint } }, { upsert: true });
  }

  async checkpoint(projection: string): Promise<Checkpoint> {
    const row = await this.db.collection(CHECKPOINTS).findOne({ _id: projection as never });
    return typeof row?.position === 'number' ? row.position : 0;
  }

  async get<T extends ReadDocument>(collection: string, id: string): Promise<Versioned<T> | undefined> {
    this.specOf(collection);
    const row = await this.db.collection(collection).findOne({ _id: id as never });
    return row ? { document: toDocument<T>(row), position: row._position as number } : undefined;
  }

  async list<T extends ReadDocument>(collection: string, query: ListQuery): Promise<DocumentPage<T>> {
    const spec = this.specOf(collection);
    const filter = mongoFilter(spec, query.filter, query.after ? { sort: query.sort, after: query.after } : undefined);
    const rows = await this.db
      .collection(collection)
      .find(filter)
      .sort(mongoSort(query.sort))
      .limit(query.limit + 1)
      .toArray();
    const page = rows.slice(0, query.limit).map((row) => toDocument<T>(row));
    const last = page[page.length - 1];
    return {
      items: page,
      ...(rows.length > query.limit && last ? { next: { value: last[query.sort.field] as string | number, id: last.id } } : {}),
    };
  }

  async count(collection: string, filter?: DocumentFilter): Promise<number> {
    return this.db.collection(collection).countDocuments(mongoFilter(this.specOf(collection), filter));
  }

  async countBy(collection: string, field: string, filter?: DocumentFilter): Promise<ValueCount[]> {
    const spec = this.specOf(collection);
    const pipeline: Document[] = [{ $match: mongoFilter(spec, filter) }];
    if (spec.multiValued?.includes(field)) pipeline.push({ $unwind: `$${field}` });
    pipeline.push({ $match: { [field]: { $ne: null } } }, { $group: { _id: `$${field}`, count: { $sum: 1 } } }, { $sort: { count: -1, _id: 1 } });
    const rows = await this.db.collection(collection).aggregate(pipeline).toArray();
    return rows.map((row) => ({ value: row._id as string | number, count: row.count as number }));
  }

  async reset(projection: string, collections: readonly string[]): Promise<void> {
    for (const collection of collections) await this.db.collection(this.specOf(collection).name).deleteMany({});
    await this.db.collection(CHECKPOINTS).deleteOne({ _id: projection as never });
  }

  async beginRebuild(projection: string, collections: readonly CollectionSpec[]): Promise<ReadModelRebuild> {
    await this.prepare(collections);
    const rebuild = new MongoReadModelRebuild(this.db, projection, collections);
    await rebuild.start();
    return rebuild;
  }

  async ping(): Promise<void> {
    await this.db.command({ ping: 1 });
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private specOf(collection: string): CollectionSpec {
    const spec = this.specs.get(collection);
    if (!spec) throw new UnknownCollectionError(collection);
    return spec;
  }
}

function toDocument<T extends ReadDocument>(row: Document): T {
  const { _id, _position, ...fields } = row;
  return { ...fields, id: _id as string } as T;
}

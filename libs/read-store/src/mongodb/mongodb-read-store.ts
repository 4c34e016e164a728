import { MongoClient, MongoServerError, type ClientSession, type Db, type Document } from 'mongodb';
import {
  type CountByOptions,
  UnknownCollectionError,
  type Checkpoint,
  type CollectionSpec,
  type DocumentFilter,
  type DocumentPage,
  type DocumentWrite,
  type GroupQuery,
  type GroupRow,
  type ListQuery,
  type ReadDocument,
  type ReadModelRebuild,
  type ReadStore,
  type ValueCount,
  type Versioned,
} from '../read-store.port.js';
import { mongoFilter, mongoSort } from './mongodb-filter.js';
import { groupPipeline } from './mongodb-group.js';
import { indexesOf } from './mongodb-indexes.js';
import { MongoReadModelRebuild } from './mongodb-read-model-rebuild.js';
import { applyWrites, CHECKPOINTS, writesByCollection } from './mongodb-writes.js';

const NAMESPACE_EXISTS = 48;

export interface MongoReadStoreOptions {
  /** Commit documents and checkpoint in one transaction. Default: when the server is a replica set member or mongos. */
  transactions?: boolean;
}

export async function connectMongoReadStore(uri: string, database: string, options: MongoReadStoreOptions = {}): Promise<MongoReadStore> {
  const client = await mongoClientFor(uri).connect();
  const db = client.db(database);
  const transactions = options.transactions ?? (await supportsTransactions(db));
  return new MongoReadStore(client, db, { transactions });
}

/** ignoreUndefined: an undefined field is left out, as JSON (and so the SQLite adapter) leaves it out, instead of stored as null. */
export function mongoClientFor(uri: string): MongoClient {
  return new MongoClient(uri, { ignoreUndefined: true });
}

async function supportsTransactions(db: Db): Promise<boolean> {
  const hello = await db.admin().command({ hello: 1 });
  return typeof hello.setName === 'string' || hello.msg === 'isdbgrid';
}

/**
 * Every write is guarded by `_position < position`, so a batch replayed after a crash changes
 * nothing. On a replica set the documents and the checkpoint also commit in one transaction; on a
 * standalone server the checkpoint moves only after every write was acknowledged.
 */
export class MongoReadStore implements ReadStore {
  private readonly specs = new Map<string, CollectionSpec>();

  constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
    private readonly options: { transactions: boolean } = { transactions: false },
  ) {}

  async prepare(collections: readonly CollectionSpec[]): Promise<void> {
    await this.createCollection(CHECKPOINTS);
    for (const spec of collections) {
      await this.createIndexes(spec);
      this.specs.set(spec.name, spec);
    }
  }

  async commit(projection: string, writes: readonly DocumentWrite[], checkpoint: Checkpoint): Promise<void> {
    for (const write of writes) this.specOf(write.collection);
    const commit = async (session?: ClientSession): Promise<void> => {
      for (const [collection, group] of writesByCollection(writes)) await applyWrites(this.db.collection(collection), group, session);
      await this.db
        .collection(CHECKPOINTS)
        .updateOne({ _id: projection as never }, { $max: { position: checkpoint } }, { upsert: true, ...(session ? { session } : {}) });
    };
    if (!this.options.transactions) return commit();
    await this.client.withSession((session) =>
      session.withTransaction(() => commit(session), { readConcern: { level: 'snapshot' }, writeConcern: { w: 'majority' } }),
    );
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

  /** Counted by the server ($match + $group): no document leaves it. */
  async count(collection: string, filter?: DocumentFilter): Promise<number> {
    return this.db.collection(collection).countDocuments(mongoFilter(this.specOf(collection), filter));
  }

  async countBy(collection: string, field: string, filter?: DocumentFilter, options: CountByOptions = {}): Promise<ValueCount[]> {
    const spec = this.specOf(collection);
    const pipeline: Document[] = [{ $match: mongoFilter(spec, filter) }, { $project: { _id: 0, [field]: 1 } }];
    if (spec.multiValued?.includes(field)) pipeline.push({ $unwind: `$${field}` });
    pipeline.push({ $match: { [field]: { $ne: null } } }, { $group: { _id: `$${field}`, count: { $sum: 1 } } });
    if ((options.minCount ?? 1) > 1) pipeline.push({ $match: { count: { $gte: options.minCount } } });
    pipeline.push({ $sort: { count: -1, _id: 1 } });
    const rows = await this.db.collection(collection).aggregate(pipeline).toArray();
    return rows.map((row) => ({ value: row._id as string | number, count: row.count as number }));
  }

  async group(collection: string, query: GroupQuery): Promise<GroupRow[]> {
    const rows = await this.db
      .collection(collection)
      .aggregate(groupPipeline(this.specOf(collection), query))
      .toArray();
    return rows.map((row) => ({
      key: query.by.map((_, i) => (row._id as Record<string, string | number | null>)[`k${i}`] ?? null),
      count: row.n as number,
      sums: (query.sum ?? []).map((_, i) => Number(row[`s${i}`])),
    }));
  }

  /**
   * The checkpoint goes first: interrupted half-way, the projection replays from the start over
   * documents its guarded writes leave as they are, instead of resuming past emptied collections.
   */
  async reset(projection: string, collections: readonly string[]): Promise<void> {
    const specs = collections.map((collection) => this.specOf(collection));
    await this.db.collection(CHECKPOINTS).deleteOne({ _id: projection as never });
    for (const spec of specs) {
      await this.db.collection(spec.name).drop();
      await this.createIndexes(spec);
    }
  }

  async beginRebuild(projection: string, collections: readonly CollectionSpec[]): Promise<ReadModelRebuild> {
    await this.prepare(collections);
    const rebuild = new MongoReadModelRebuild(this.db, projection, collections, (spec, name) => this.createIndexes(spec, name));
    await rebuild.start();
    return rebuild;
  }

  async compact(): Promise<void> {
    // The storage engine's journal and free space are not the driver's to rewrite.
  }

  async ping(): Promise<void> {
    await this.db.command({ ping: 1 });
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /** Creates the collection (also when it has no index to create) and its indexes. */
  private async createIndexes(spec: CollectionSpec, name = spec.name): Promise<void> {
    const indexes = indexesOf(spec);
    if (indexes.length > 0) await this.db.collection(name).createIndexes(indexes);
    else await this.createCollection(name);
  }

  /** Collections are created up front: inside a transaction, two commits creating one would conflict. */
  private async createCollection(name: string): Promise<void> {
    if ((await this.db.listCollections({ name }, { nameOnly: true }).toArray()).length > 0) return;
    await this.db.createCollection(name).catch((error: unknown) => {
      // Another process created it between our look and our create.
      if (!(error instanceof MongoServerError && error.code === NAMESPACE_EXISTS)) throw error;
    });
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

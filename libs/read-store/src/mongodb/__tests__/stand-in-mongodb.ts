// An in-memory stand-in for the parts of a MongoDB server the read store's write path uses, raising
// the driver's own error classes the way the driver does (MongoDB manual "db.collection.bulkWrite()",
// "Transactions"; driver source lib/bulk/common.js):
// - an unordered bulk write runs every operation and then throws one MongoBulkWriteError listing the
//   failed ones in `writeErrors` (code 11000 for an upsert whose filter missed an existing _id);
// - a network or server-selection failure, or a write concern not satisfied, reaches the caller as a
//   MongoBulkWriteError with an EMPTY `writeErrors` (or as the raw error), possibly after some writes;
// - an upsert racing another writer's insert of the same new _id fails with 11000 (the server retries
//   such upserts only when the filter is equality-only, which a `_position < p` guard is not);
// - a transaction applies all its writes or none.
import { MongoBulkWriteError, type AnyBulkWriteOperation, type Document } from 'mongodb';

type Row = Document & { _id: string };

export class StandInCollection {
  readonly rows = new Map<string, Row>();
  /** Errors the next bulk writes throw, each after applying the batch (as a lost acknowledgement would). */
  readonly bulkFailures: unknown[] = [];
  /** Ids another writer inserts (with this older position) just after our filter missed them, once each. */
  readonly racingInserts = new Map<string, number>();
  readonly calls: string[] = [];
  readonly sessions: unknown[] = [];

  constructor(readonly collectionName: string) {}

  find(filter: { _id: { $in: string[] } }, options: { session?: unknown } = {}) {
    this.note('find', options);
    const rows = filter._id.$in.flatMap((id) => (this.rows.has(id) ? [{ _id: id, _position: this.rows.get(id)?._position }] : []));
    return { toArray: async () => rows };
  }

  async findOne(filter: { _id: string }): Promise<Row | null> {
    return this.rows.get(filter._id) ?? null;
  }

  async bulkWrite(operations: AnyBulkWriteOperation<Document>[], options: { session?: unknown } = {}): Promise<void> {
    this.note('bulkWrite', options);
    const writeErrors: { code: number; index: number; errmsg: string }[] = [];
    operations.forEach((operation, index) => {
      if ('replaceOne' in operation) {
        const { filter, replacement } = operation.replaceOne;
        const id = filter._id as unknown as string;
        const guard = (filter._position as { $lt: number }).$lt;
        const existing = this.rows.get(id);
        if (existing && (existing._position as number) < guard) this.rows.set(id, { ...replacement, _id: id });
        else if (existing) writeErrors.push({ code: 11000, index, errmsg: `E11000 duplicate key error collection: ${this.collectionName} index: _id_` });
        else if (this.racingInserts.has(id)) {
          this.rows.set(id, { _id: id, id, racer: true, _position: this.racingInserts.get(id) });
          this.racingInserts.delete(id);
          writeErrors.push({ code: 11000, index, errmsg: 'E11000 duplicate key error (racing upsert)' });
        } else this.rows.set(id, { ...replacement, _id: id });
      } else if ('deleteOne' in operation) {
        const { filter } = operation.deleteOne;
        const existing = this.rows.get(filter._id as unknown as string);
        if (existing && (existing._position as number) < (filter._position as { $lt: number }).$lt) this.rows.delete(filter._id as unknown as string);
      }
    });
    const failure = this.bulkFailures.shift();
    if (failure !== undefined) throw failure;
    if (writeErrors.length > 0) {
      throw new MongoBulkWriteError({ message: writeErrors[0].errmsg, code: 11000, writeErrors: writeErrors as never }, {
        getWriteConcernError: () => undefined,
      } as never);
    }
  }

  async updateOne(
    filter: { _id: string },
    update: { $max?: { position: number }; $set?: { position: number } },
    options: { session?: unknown } = {},
  ): Promise<void> {
    this.note('updateOne', options);
    const failure = this.bulkFailures.shift();
    if (failure !== undefined) throw failure;
    const current = (this.rows.get(filter._id)?.position as number | undefined) ?? -Infinity;
    const position = update.$max ? Math.max(current, update.$max.position) : (update.$set?.position as number);
    this.rows.set(filter._id, { _id: filter._id, position });
  }

  async deleteOne(filter: { _id: string }): Promise<void> {
    this.calls.push('deleteOne');
    this.rows.delete(filter._id);
  }

  async drop(): Promise<boolean> {
    this.calls.push('drop');
    const failure = this.bulkFailures.shift();
    if (failure !== undefined) throw failure;
    this.rows.clear();
    return true;
  }

  async rename(to: string): Promise<void> {
    this.calls.push(`rename:${to}`);
    const failure = this.bulkFailures.shift();
    if (failure !== undefined) throw failure;
  }

  async createIndexes(): Promise<string[]> {
    this.calls.push('createIndexes');
    return [];
  }

  private note(call: string, options: { session?: unknown }): void {
    this.calls.push(call);
    this.sessions.push(options.session);
  }
}

/** A database of stand-in collections, and a client whose transactions apply all writes or none. */
export class StandInMongo {
  readonly collections = new Map<string, StandInCollection>();
  readonly log: string[] = [];
  transactionsStarted = 0;

  readonly db = {
    collection: (name: string) => this.collection(name),
    listCollections: () => ({ toArray: async () => [] }),
    createCollection: async () => undefined,
  };

  readonly client = {
    withSession: async <T>(run: (session: unknown) => Promise<T>): Promise<T> => {
      const session = {
        withTransaction: async (work: () => Promise<void>) => {
          this.transactionsStarted += 1;
          const snapshot = new Map([...this.collections].map(([name, collection]) => [name, new Map(collection.rows)]));
          try {
            await work();
          } catch (error) {
            for (const [name, rows] of snapshot) {
              const collection = this.collection(name);
              collection.rows.clear();
              for (const [id, row] of rows) collection.rows.set(id, row);
            }
            throw error;
          }
        },
      };
      return run(session);
    },
    close: async () => undefined,
  };

  collection(name: string): StandInCollection {
    let collection = this.collections.get(name);
    if (!collection) {
      collection = new StandInCollection(name);
      this.collections.set(name, collection);
    }
    return collection;
  }
}

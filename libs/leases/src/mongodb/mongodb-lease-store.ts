import { MongoClient, MongoServerError, MongoWriteConcernError, type Collection } from 'mongodb';
import type { Lease, LeaseStore } from '../lease-store.port.js';

const DUPLICATE_KEY = 11000;
/** A lease another node could still read as the old owner's after a failover would let two owners run. */
const MAJORITY = { w: 'majority', j: true } as const;

interface LeaseDocument {
  _id: string;
  owner: string;
  expiresAt: number;
}

/** The collection operations the store uses (a stand-in implements them in tests). */
export type LeaseCollection = Pick<Collection<LeaseDocument>, 'findOneAndUpdate' | 'deleteOne' | 'findOne'>;

const toLease = (doc: LeaseDocument): Lease => ({ name: doc._id, owner: doc.owner, expiresAt: doc.expiresAt });

/**
 * Leases as documents keyed by job name. Acquire is one findOneAndUpdate whose filter matches only a
 * lease that is expired or already ours, with upsert for a first start: when another owner holds it
 * the filter misses, the upsert's insert hits the existing _id and the server answers duplicate key —
 * "held by someone else". Any other error (network, write concern) is thrown: the caller does not know
 * whether it holds the lease and must not act as if it did.
 */
export class MongoLeaseStore implements LeaseStore {
  constructor(
    private readonly leases: LeaseCollection,
    private readonly client?: MongoClient,
  ) {}

  async acquire(name: string, owner: string, ttlMs: number, now: number): Promise<Lease | undefined> {
    try {
      const doc = await this.leases.findOneAndUpdate(
        { _id: name, $or: [{ expiresAt: { $lte: now } }, { owner }] },
        { $set: { owner, expiresAt: now + ttlMs } },
        { upsert: true, returnDocument: 'after', writeConcern: MAJORITY },
      );
      return doc ? toLease(doc) : undefined;
    } catch (error) {
      if (error instanceof MongoServerError && !(error instanceof MongoWriteConcernError) && error.code === DUPLICATE_KEY) return undefined;
      throw error;
    }
  }

  async renew(name: string, owner: string, ttlMs: number, now: number): Promise<Lease | undefined> {
    const doc = await this.leases.findOneAndUpdate(
      { _id: name, owner, expiresAt: { $gt: now } },
      { $set: { expiresAt: now + ttlMs } },
      { returnDocument: 'after', writeConcern: MAJORITY },
    );
    return doc ? toLease(doc) : undefined;
  }

  async release(name: string, owner: string): Promise<void> {
    await this.leases.deleteOne({ _id: name, owner }, { writeConcern: MAJORITY });
  }

  async holder(name: string, now: number): Promise<Lease | undefined> {
    const doc = await this.leases.findOne({ _id: name, expiresAt: { $gt: now } }, { readConcern: { level: 'majority' } } as never);
    return doc ? toLease(doc) : undefined;
  }

  async close(): Promise<void> {
    await this.client?.close();
  }
}

export async function connectMongoLeaseStore(uri: string, database: string, collection = 'leases'): Promise<MongoLeaseStore> {
  const client = new MongoClient(uri, { ignoreUndefined: true });
  await client.connect();
  return new MongoLeaseStore(client.db(database).collection<LeaseDocument>(collection), client);
}

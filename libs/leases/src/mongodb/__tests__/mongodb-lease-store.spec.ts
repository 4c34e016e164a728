import { MongoNetworkError, MongoServerError, MongoWriteConcernError } from 'mongodb';
import { LeaseKeeper } from '../../lease-keeper.js';
import { MongoLeaseStore, type LeaseCollection } from '../mongodb-lease-store.js';
import { StandInLeaseCollection } from './stand-in-lease-collection.js';

// Stands in for a MongoDB replica set answering the lease store's findOneAndUpdate (see the stand-in's
// header): contention shows as a duplicate key on the upsert, failures as the driver's own errors.

const TTL = 1000;
const writeConcernFailed = () =>
  new MongoWriteConcernError({ writeConcernError: { code: 64, codeName: 'WriteConcernFailed', errmsg: 'waiting for replication timed out' }, ok: 1 } as never);

describe('MongoDB lease store against a stand-in replica set', () => {
  let collection: StandInLeaseCollection;
  let store: MongoLeaseStore;

  beforeEach(() => {
    collection = new StandInLeaseCollection();
    store = new MongoLeaseStore(collection as unknown as LeaseCollection);
  });

  it('reads the duplicate key of an upsert against a held lease as "held by another owner"', async () => {
    await store.acquire('projections', 'a', TTL, 0);
    expect(await store.acquire('projections', 'b', TTL, 10)).toBeUndefined();
    expect(collection.rows.get('projections')?.owner).toBe('a');
  });

  it('writes every change with a journaled majority write concern', async () => {
    await store.acquire('projections', 'a', TTL, 0);
    await store.renew('projections', 'a', TTL, 10);
    expect(collection.writeConcerns).toEqual([
      { w: 'majority', j: true },
      { w: 'majority', j: true },
    ]);
  });

  it('throws a network error on acquire instead of answering held or free', async () => {
    collection.failures.push({ error: new MongoNetworkError('connection 3 to 10.0.0.5:27017 closed'), applied: false });
    await expect(store.acquire('projections', 'a', TTL, 0)).rejects.toBeInstanceOf(MongoNetworkError);
  });

  it('throws a write-concern error even on a duplicate-key-looking acquire: the lease may be ours on one node only', async () => {
    collection.failures.push({ error: writeConcernFailed(), applied: true });
    await expect(store.acquire('projections', 'a', TTL, 0)).rejects.toBeInstanceOf(MongoWriteConcernError);
  });

  it('throws any other server error on acquire', async () => {
    collection.failures.push({ error: new MongoServerError({ message: 'interrupted at shutdown', code: 11600 }), applied: false });
    await expect(store.acquire('projections', 'a', TTL, 0)).rejects.toBeInstanceOf(MongoServerError);
  });

  it('a holder whose renewals keep failing stops its job once its lease time is up, and a standby takes over', async () => {
    const events: string[] = [];
    const holder = new LeaseKeeper(store, 'projections', 'a', {
      ttlMs: 90,
      onAcquired: () => void events.push('a started'),
      onLost: () => void events.push('a stopped'),
    });
    holder.start();
    await waitUntil(() => events.includes('a started'));
    for (let i = 0; i < 50; i += 1) collection.failures.push({ error: writeConcernFailed(), applied: false });
    await waitUntil(() => events.includes('a stopped'));
    expect(holder.isHeld()).toBe(false);
    collection.failures.length = 0;

    const standby = new LeaseKeeper(store, 'projections', 'b', { ttlMs: 90, onAcquired: () => void events.push('b started'), onLost: () => undefined });
    standby.start();
    await waitUntil(() => events.includes('b started'));
    await standby.stop();
    await holder.stop();
    expect(events.slice(0, 3)).toEqual(['a started', 'a stopped', 'b started']);
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error('condition never held');
}

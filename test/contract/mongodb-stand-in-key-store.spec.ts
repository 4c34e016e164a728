// The KeyStore contract run against the MongoDB adapter over an in-memory stand-in collection (see
// stand-ins/mongodb-keys.stand-in.ts for the server rules it follows), and the error paths a server
// produces only when it fails: the E11000 of two hosts inserting the first key at once, a write
// concern that was not satisfied, a lost connection. The adapter must reject, never invent a key.
import { randomBytes } from 'node:crypto';
import { MongoNetworkError, MongoWriteConcernError } from 'mongodb';
import { KeyNotCommittedError, MongoKeyStore } from '#privacy';
import { describeKeyStoreContract } from './key-store.contract.js';
import { StandInKeyCollection } from './stand-ins/mongodb-keys.stand-in.js';

describeKeyStoreContract('MongoDB adapter over a stand-in collection', async (masterKey) => {
  const collection = new StandInKeyCollection();
  return { open: async (key = masterKey) => new MongoKeyStore(collection as never, key), cleanup: async () => undefined };
});

describe('MongoKeyStore error paths (stand-in collection)', () => {
  const masterKey = randomBytes(32);
  let collection: StandInKeyCollection;
  const host = () => new MongoKeyStore(collection as never, masterKey);
  const writeConcernError = () =>
    new MongoWriteConcernError({ writeConcernError: { code: 64, errmsg: 'waiting for replication timed out', errInfo: { wtimeout: true } } } as never);

  beforeEach(() => {
    collection = new StandInKeyCollection();
  });

  it('a host that loses the first-insert race (E11000) uses the winner key, once it is majority-committed', async () => {
    const winner = await host().keyFor('c1');
    // The loser's read missed the document, and its majority reads miss it twice more.
    collection.uncommittedReads.set('c1', 3);
    const loser = await host().keyFor('c1');
    expect(loser).toEqual(winner);
    expect(collection.calls).toEqual(['findOne', 'insertOne', 'findOne', 'insertOne', 'findOne', 'findOne', 'findOne']);
  });

  it('rejects when the winner key does not become visible, instead of inventing one', async () => {
    await host().keyFor('c1');
    collection.uncommittedReads.set('c1', 100);
    await expect(host().keyFor('c1')).rejects.toThrow(KeyNotCommittedError);
  });

  it('rejects a first key whose write concern failed, even if the primary applied it', async () => {
    collection.failures.push({ operation: 'insertOne', error: writeConcernError(), applied: true });
    await expect(host().keyFor('c1')).rejects.toThrow(MongoWriteConcernError);
  });

  it('rejects on a lost connection, in reads and in the first insert, and never returns a key it did not store', async () => {
    collection.failures.push({ operation: 'findOne', error: new MongoNetworkError('connection 3 to db:27017 closed') });
    await expect(host().keyFor('c1')).rejects.toThrow(MongoNetworkError);
    await expect(host().existingKey('c1')).resolves.toBeUndefined();
    collection.failures.push({ operation: 'insertOne', error: new MongoNetworkError('connection 4 to db:27017 closed') });
    await expect(host().keyFor('c1')).rejects.toThrow(MongoNetworkError);
    expect(collection.documents.has('c1')).toBe(false);
  });

  it('a destroy whose write concern failed rejects, so the erasure is not reported done', async () => {
    await host().keyFor('c1');
    collection.failures.push({ operation: 'updateOne', error: writeConcernError() });
    await expect(host().destroy('c1', new Date())).rejects.toThrow(MongoWriteConcernError);
    collection.failures.push({ operation: 'updateOne', error: new MongoNetworkError('connection closed') });
    await expect(host().destroy('c1', new Date())).rejects.toThrow(MongoNetworkError);
  });

  it('stores only the wrapped key and keeps the first destruction time', async () => {
    const key = (await host().keyFor('c1')) as Buffer;
    expect(collection.storedBytes('c1')?.includes(key)).toBe(false);
    await host().destroy('c1', new Date('2026-01-02T00:00:00Z'));
    await host().destroy('c1', new Date('2026-03-04T00:00:00Z'));
    expect(collection.documents.get('c1')).toEqual({ _id: 'c1', createdAt: expect.any(Date), destroyedAt: new Date('2026-01-02T00:00:00Z') });
  });
});

// The MongoDB read store's failure paths, over the stand-in server of stand-in-mongodb.ts (which says
// which server and driver behaviour each part stands in for), with the driver's own error classes.
import { MongoBulkWriteError, MongoNetworkError, MongoServerSelectionError } from 'mongodb';
import type { CollectionSpec, DocumentWrite } from '../../read-store.port.js';
import { mongoFilter } from '../mongodb-filter.js';
import { indexesOf } from '../mongodb-indexes.js';
import { MongoReadStore, mongoClientFor } from '../mongodb-read-store.js';
import { CHECKPOINTS } from '../mongodb-writes.js';
import { StandInMongo } from './stand-in-mongodb.js';

const people: CollectionSpec = { name: 'people', fields: { status: 'text', score: 'number' }, multiValued: ['tags'], searchable: ['name'] };
const put = (id: string, name: string, position: number): DocumentWrite => ({
  kind: 'put',
  collection: 'people',
  document: { id, name, status: 'won' },
  position,
});

async function setUp(transactions = false) {
  const mongo = new StandInMongo();
  const store = new MongoReadStore(mongo.client as never, mongo.db as never, { transactions });
  await store.prepare([people]);
  await store.commit('p', [put('a', 'Alpha', 1), put('b', 'Beta', 2)], 2);
  return { mongo, store, docs: mongo.collection('people'), checkpoints: mongo.collection(CHECKPOINTS) };
}

const writeConcernTimeout = () =>
  new MongoBulkWriteError({ message: 'waiting for replication timed out', code: 64 }, {
    getWriteConcernError: () => ({ code: 64, errmsg: 'waiting for replication timed out' }),
  } as never);

describe('MongoReadStore: a failed write never moves the checkpoint', () => {
  it.each([
    ['a write-concern error with empty writeErrors', writeConcernTimeout],
    ['a network error wrapped by the bulk write', () => new MongoBulkWriteError(new MongoNetworkError('connection 4 to db:27017 closed'), {} as never)],
    ['a network error', () => new MongoNetworkError('connection 4 to db:27017 closed')],
    ['a server-selection error', () => new MongoServerSelectionError('Server selection timed out after 30000 ms', { error: undefined } as never)],
    [
      'duplicate keys together with a write-concern error',
      () =>
        new MongoBulkWriteError({ message: 'E11000', code: 11000, writeErrors: [{ code: 11000, index: 0 }] as never }, {
          getWriteConcernError: () => ({ code: 64, errmsg: 'timed out' }),
        } as never),
    ],
    [
      'a duplicate key next to another write error',
      () =>
        new MongoBulkWriteError(
          {
            message: 'E11000',
            code: 11000,
            writeErrors: [
              { code: 11000, index: 0 },
              { code: 121, index: 1 },
            ] as never,
          },
          { getWriteConcernError: () => undefined } as never,
        ),
    ],
  ])('rejects on %s', async (_name, failure) => {
    const { store, docs } = await setUp();
    const error = failure();
    docs.bulkFailures.push(error);
    await expect(store.commit('p', [put('a', 'Alpha 2', 3), put('c', 'Gamma', 4)], 4)).rejects.toBe(error);
    expect(await store.checkpoint('p')).toBe(2);
  });

  it('counts duplicate keys on every failed operation as a replay: a newer racing document stays', async () => {
    const { store, docs } = await setUp();
    docs.racingInserts.set('c', 9);
    await store.commit('p', [put('c', 'Gamma', 4)], 4);
    expect(docs.rows.get('c')).toMatchObject({ racer: true, _position: 9 });
    expect(await store.checkpoint('p')).toBe(4);
  });

  it('retries an upsert that lost the insert race to an older write, so the newer position wins', async () => {
    const { store, docs } = await setUp();
    docs.racingInserts.set('c', 3);
    await store.commit('p', [put('c', 'Gamma', 4)], 4);
    expect(docs.rows.get('c')).toMatchObject({ name: 'Gamma', _position: 4 });
    expect(docs.rows.get('c')).not.toHaveProperty('racer');
  });

  it('sends nothing for writes at or below the stored positions, and only the newest write per document', async () => {
    const { store, docs } = await setUp();
    const before = docs.calls.filter((call) => call === 'bulkWrite').length;
    await store.commit('p', [put('a', 'Stale', 1), put('b', 'Older', 2)], 2);
    expect(docs.calls.filter((call) => call === 'bulkWrite')).toHaveLength(before);
    await store.commit('p', [put('c', 'First', 5), put('c', 'Second', 6)], 6);
    expect(docs.rows.get('c')).toMatchObject({ name: 'Second', _position: 6 });
  });
});

describe('MongoReadStore on a replica set', () => {
  it('commits documents and checkpoint in one transaction: a failed checkpoint write leaves no document behind', async () => {
    const { mongo, store, docs, checkpoints } = await setUp(true);
    expect(mongo.transactionsStarted).toBe(1);
    const failure = new MongoNetworkError('connection closed');
    checkpoints.bulkFailures.push(failure);
    await expect(store.commit('p', [put('a', 'Alpha 2', 3)], 3)).rejects.toBe(failure);
    expect(docs.rows.get('a')).toMatchObject({ name: 'Alpha', _position: 1 });
    expect(await store.checkpoint('p')).toBe(2);
    const sessions = [...docs.sessions, ...checkpoints.sessions];
    expect(sessions.every((session) => session !== undefined)).toBe(true);
  });
});

describe('MongoReadStore reset and rebuild', () => {
  it('removes the checkpoint before dropping the collections, then recreates their indexes', async () => {
    const { store, docs, checkpoints } = await setUp();
    docs.calls.splice(0);
    const order: string[] = [];
    const deleteOne = checkpoints.deleteOne.bind(checkpoints);
    checkpoints.deleteOne = async (filter) => (order.push('checkpoint removed'), deleteOne(filter));
    const drop = docs.drop.bind(docs);
    docs.drop = async () => (order.push('collection dropped'), drop());
    await store.reset('p', ['people']);
    expect(order).toEqual(['checkpoint removed', 'collection dropped']);
    expect(docs.calls.at(-1)).toBe('createIndexes');
    expect(await store.checkpoint('p')).toBe(0);
    expect(docs.rows.size).toBe(0);
  });

  it('does not swallow a failed discard or publish, and keeps the checkpoint of an unpublished rebuild', async () => {
    const { mongo, store } = await setUp();
    const rebuild = await store.beginRebuild('p', [people]);
    await rebuild.commit([put('a', 'New', 1)], 8);
    const shadow = mongo.collection('people__rebuild');
    const failure = new MongoNetworkError('connection closed');
    shadow.bulkFailures.push(failure);
    await expect(rebuild.publish()).rejects.toBe(failure);
    expect(await store.checkpoint('p')).toBe(2);
    shadow.bulkFailures.push(failure);
    await expect(rebuild.discard()).rejects.toBe(failure);
  });
});

describe('MongoDB queries and indexes', () => {
  it('mirrors the SQLite indexes: (field, _id) per field unless it leads a composite, multikey for multi-valued fields', () => {
    const spec: CollectionSpec = {
      name: 'c',
      fields: { owner: 'text', status: 'text', score: 'number' },
      multiValued: ['tags'],
      compositeIndexes: [['owner', 'score']],
    };
    expect(indexesOf(spec).map((index) => index.key)).toEqual([
      { status: 1, _id: 1 },
      { score: 1, _id: 1 },
      { tags: 1, _id: 1 },
      { owner: 1, score: 1, _id: 1 },
    ]);
  });

  it('matches nothing for a text filter without searchable fields instead of sending an empty $or', () => {
    expect(mongoFilter({ name: 'c', fields: { status: 'text' } }, { text: 'x' })).toEqual({ _id: { $in: [] } });
    expect(mongoFilter(people, { text: 'x' })).toEqual({ $or: [{ name: /x/i }] });
  });

  it('leaves undefined fields out of stored documents, as SQLite does', () => {
    expect(mongoClientFor('mongodb://localhost:27017').bsonOptions.ignoreUndefined).toBe(true);
  });
});

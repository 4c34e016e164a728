import { Binary, MongoClient, MongoServerError, type Collection } from 'mongodb';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { unwrapKey, wrapKey } from './field-cipher.js';
import type { KeyStore } from './key-store.port.js';

/** One subject's key; a tombstone (destroyed) keeps the document without `wrappedKey`. */
export interface KeyDocument {
  _id: string;
  wrappedKey?: Binary;
  createdAt?: Date;
  destroyedAt?: Date;
}

/** The part of a MongoDB collection the key store uses (a stand-in implements it in tests). */
export type KeyCollection = Pick<Collection<KeyDocument>, 'findOne' | 'insertOne' | 'updateOne'>;

const DUPLICATE_KEY = 11000;
/** Reads of a key another host has just inserted, until its write is majority-committed. */
const WINNER_READS = 5;
const WINNER_READ_DELAY_MS = 25;

export class KeyNotCommittedError extends Error {
  constructor(subjectId: string) {
    super(`The data key of ${subjectId} is being created by another host and is not committed yet; retry`);
  }
}

/**
 * Data keys shared by every host, wrapped with the master key, in one document per subject whose
 * _id is the subject id: the first insert wins, a host that loses the race reads the winner's key,
 * and a destroyed key stays a tombstone that no later insert can replace. Writes wait for a
 * journaled majority and reads see majority-committed keys only, so a key that encrypted data is
 * never rolled back by a failover.
 */
export class MongoKeyStore implements KeyStore {
  constructor(
    private readonly keys: KeyCollection,
    private readonly masterKey: Buffer,
    private readonly onClose: () => Promise<void> = async () => undefined,
  ) {}

  async keyFor(subjectId: string): Promise<Buffer | undefined> {
    const found = await this.keys.findOne({ _id: subjectId });
    if (found) return this.unwrap(found);
    const wrapped = wrapKey(randomBytes(32), this.masterKey);
    try {
      await this.keys.insertOne({ _id: subjectId, wrappedKey: new Binary(wrapped), createdAt: new Date() });
      return unwrapKey(wrapped, this.masterKey);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      return this.winnersKey(subjectId);
    }
  }

  /** One at a time, each through keyFor's race-safe insert (a bulk insert would need the same duplicate handling per key). */
  async createKeys(subjectIds: readonly string[]): Promise<void> {
    for (const id of subjectIds) await this.keyFor(id);
  }

  async existingKey(subjectId: string): Promise<Buffer | undefined> {
    const found = await this.keys.findOne({ _id: subjectId });
    return found ? this.unwrap(found) : undefined;
  }

  async destroy(subjectId: string, at: Date): Promise<void> {
    const tombstone = { $unset: { wrappedKey: '' as const }, $min: { destroyedAt: at } };
    try {
      await this.keys.updateOne({ _id: subjectId }, tombstone, { upsert: true });
    } catch (error) {
      // An upsert racing the first insert of the same _id: the document exists now, so update it.
      if (!isDuplicateKey(error)) throw error;
      await this.keys.updateOne({ _id: subjectId }, tombstone, { upsert: true });
    }
  }

  async close(): Promise<void> {
    await this.onClose();
  }

  /** The key another host inserted first: its insert may not be majority-committed for a moment. */
  private async winnersKey(subjectId: string): Promise<Buffer | undefined> {
    for (let attempt = 0; attempt < WINNER_READS; attempt += 1) {
      const found = await this.keys.findOne({ _id: subjectId });
      if (found) return this.unwrap(found);
      await sleep(WINNER_READ_DELAY_MS * 2 ** attempt);
    }
    throw new KeyNotCommittedError(subjectId);
  }

  private unwrap(found: KeyDocument): Buffer | undefined {
    return found.wrappedKey ? unwrapKey(Buffer.from(found.wrappedKey.buffer), this.masterKey) : undefined;
  }
}

function isDuplicateKey(error: unknown): boolean {
  return error instanceof MongoServerError && error.code === DUPLICATE_KEY;
}

/** Connects to the `subject_keys` collection of `database`, majority + journaled writes, majority reads from the primary. */
export async function connectMongoKeyStore(uri: string, database: string, masterKey: Buffer): Promise<MongoKeyStore> {
  const client = new MongoClient(uri, {
    writeConcern: { w: 'majority', journal: true },
    readConcern: { level: 'majority' },
    readPreference: 'primary',
  });
  await client.connect();
  return new MongoKeyStore(client.db(database).collection<KeyDocument>('subject_keys'), masterKey, () => client.close());
}

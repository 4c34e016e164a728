// An in-memory stand-in for the MongoDB collection behind the key store, raising the driver's own
// error classes the way a replica-set primary does (MongoDB manual "Unique Indexes" / "_id Field",
// "Write Concern", "Read Concern majority"; driver source lib/error.ts):
// - every document has a unique _id: a second insertOne of the same _id fails with a MongoServerError
//   of code 11000 (E11000 duplicate key), even while the first insert is not yet majority-committed;
// - reads at read concern "majority" do not see a write until it is majority-committed
//   (`uncommittedReads` delays that, as replication lag would);
// - an update with upsert on an equality _id filter inserts when nothing matches ($unset, $min);
// - a write concern that is not satisfied (MongoWriteConcernError) or a lost connection
//   (MongoNetworkError) reaches the caller as an error, possibly after the write was applied.
// Each operation yields to the event loop first, so concurrent callers interleave as two hosts would.
import { MongoServerError, type Binary } from 'mongodb';
import type { KeyDocument } from '#privacy';

type Operation = 'findOne' | 'insertOne' | 'updateOne';

export class StandInKeyCollection {
  /** Documents as the primary holds them (committed or not). */
  readonly documents = new Map<string, KeyDocument>();
  /** Errors an operation throws, in order: `applied` says whether the write happened before the failure. */
  readonly failures: { operation: Operation; error: unknown; applied?: boolean }[] = [];
  /** How many more majority reads of an _id miss it (its insert is not majority-committed yet). */
  readonly uncommittedReads = new Map<string, number>();
  readonly calls: Operation[] = [];

  async findOne(filter: { _id: string }): Promise<KeyDocument | null> {
    await this.enter('findOne');
    const failure = this.failureOf('findOne');
    if (failure) throw failure.error;
    const lagging = this.uncommittedReads.get(filter._id) ?? 0;
    if (lagging > 0) {
      this.uncommittedReads.set(filter._id, lagging - 1);
      return null;
    }
    const found = this.documents.get(filter._id);
    return found ? { ...found } : null;
  }

  async insertOne(document: KeyDocument): Promise<{ acknowledged: true; insertedId: string }> {
    await this.enter('insertOne');
    const failure = this.failureOf('insertOne');
    if (failure && !failure.applied) throw failure.error;
    if (this.documents.has(document._id)) {
      throw new MongoServerError({
        message: `E11000 duplicate key error collection: dossier_keys.subject_keys index: _id_ dup key: { _id: "${document._id}" }`,
        code: 11000,
        keyPattern: { _id: 1 },
        keyValue: { _id: document._id },
      });
    }
    this.documents.set(document._id, { ...document });
    if (failure) throw failure.error;
    return { acknowledged: true, insertedId: document._id };
  }

  async updateOne(
    filter: { _id: string },
    update: { $unset?: Record<string, ''>; $min?: Record<string, Date> },
    options: { upsert?: boolean } = {},
  ): Promise<{ acknowledged: true }> {
    await this.enter('updateOne');
    const failure = this.failureOf('updateOne');
    if (failure && !failure.applied) throw failure.error;
    const existing = this.documents.get(filter._id);
    if (existing || options.upsert) {
      const document: Record<string, unknown> = { ...(existing ?? { _id: filter._id }) };
      for (const field of Object.keys(update.$unset ?? {})) delete document[field];
      for (const [field, value] of Object.entries(update.$min ?? {})) {
        const current = document[field] as Date | undefined;
        if (current === undefined || value < current) document[field] = value;
      }
      this.documents.set(filter._id, document as unknown as KeyDocument);
    }
    if (failure) throw failure.error;
    return { acknowledged: true };
  }

  /** The wrapped key bytes as stored, for checks that nothing in clear reaches the server. */
  storedBytes(id: string): Buffer | undefined {
    const wrapped = this.documents.get(id)?.wrappedKey as Binary | undefined;
    return wrapped ? Buffer.from(wrapped.buffer) : undefined;
  }

  private async enter(operation: Operation): Promise<void> {
    this.calls.push(operation);
    await new Promise((resolve) => setImmediate(resolve));
  }

  private failureOf(operation: Operation) {
    const index = this.failures.findIndex((failure) => failure.operation === operation);
    return index < 0 ? undefined : this.failures.splice(index, 1)[0];
  }
}

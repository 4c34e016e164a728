// An in-memory stand-in for the part of a MongoDB server the lease store uses, raising the driver's
// own error classes the way the server and driver do (MongoDB manual "findOneAndUpdate()", "Upsert
// with Duplicate Values"; driver source lib/error.js):
// - findOneAndUpdate applies the update to the one document its filter matches and returns it;
// - with upsert, a filter that matches nothing inserts a document with the filter's _id — and when a
//   document with that _id exists (it just did not match the rest of the filter) the insert fails with
//   a MongoServerError code 11000 (duplicate key);
// - a lost connection reaches the caller as a MongoNetworkError, an unsatisfied `w: majority` as a
//   MongoWriteConcernError (a MongoServerError subclass) after the primary applied the write.
import { MongoServerError, type Document } from 'mongodb';

interface LeaseRow {
  _id: string;
  owner: string;
  expiresAt: number;
}

type Condition = { $lte?: number; $gt?: number } | string | number;
type Filter = { _id: string; owner?: string; expiresAt?: Condition; $or?: Record<string, Condition>[] };

const matches = (row: LeaseRow, filter: Record<string, Condition>): boolean =>
  Object.entries(filter).every(([key, condition]) => {
    const value = row[key as keyof LeaseRow];
    if (typeof condition !== 'object') return value === condition;
    if (condition.$lte !== undefined && !((value as number) <= condition.$lte)) return false;
    if (condition.$gt !== undefined && !((value as number) > condition.$gt)) return false;
    return true;
  });

export class StandInLeaseCollection {
  readonly rows = new Map<string, LeaseRow>();
  /** Errors the next operations throw: `before` ones without applying, `after` ones once applied. */
  readonly failures: { error: unknown; applied: boolean }[] = [];
  readonly writeConcerns: unknown[] = [];

  async findOneAndUpdate(
    filter: Filter,
    update: { $set: Partial<LeaseRow> },
    options: { upsert?: boolean; writeConcern?: unknown } = {},
  ): Promise<LeaseRow | null> {
    this.writeConcerns.push(options.writeConcern);
    const failure = this.failures.shift();
    if (failure && !failure.applied) throw failure.error;
    const { $or, ...rest } = filter;
    const existing = this.rows.get(filter._id);
    const hit = existing && matches(existing, rest as Record<string, Condition>) && (!$or || $or.some((branch) => matches(existing, branch)));
    let result: LeaseRow | null = null;
    if (hit) {
      result = { ...existing, ...update.$set };
      this.rows.set(filter._id, result);
    } else if (options.upsert) {
      if (existing)
        throw new MongoServerError({
          message: `E11000 duplicate key error collection: dossier.leases index: _id_ dup key: { _id: "${filter._id}" }`,
          code: 11000,
        });
      result = { _id: filter._id, owner: '', expiresAt: 0, ...update.$set };
      this.rows.set(filter._id, result);
    }
    if (failure) throw failure.error;
    return result;
  }

  async deleteOne(filter: { _id: string; owner: string }): Promise<Document> {
    const existing = this.rows.get(filter._id);
    if (existing?.owner === filter.owner) this.rows.delete(filter._id);
    return { deletedCount: existing ? 1 : 0 };
  }

  async findOne(filter: { _id: string; expiresAt: { $gt: number } }): Promise<LeaseRow | null> {
    const existing = this.rows.get(filter._id);
    return existing && existing.expiresAt > filter.expiresAt.$gt ? existing : null;
  }
}

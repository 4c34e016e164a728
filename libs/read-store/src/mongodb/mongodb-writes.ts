import { MongoBulkWriteError, type AnyBulkWriteOperation, type ClientSession, type Collection, type Document } from 'mongodb';
import type { DocumentWrite } from '../read-store.port.js';

// The write steps the live store and a rebuild share: position-guarded replaces and deletes, and a
// bulk write that tells a replay from a failure.

export const CHECKPOINTS = 'projection_checkpoints';
const DUPLICATE_KEY = 11000;
/** How often operations that lost an insert race to another upsert of the same new document are sent again. */
const RACE_RETRIES = 3;

/**
 * Writes one projection's batch to one collection. Writes at or below a document's stored position
 * are left out before sending (replays; inside a transaction a guarded upsert that found a newer
 * document would fail with a duplicate key and abort it); the rest are replaces and deletes guarded
 * by `_position < position`, so a document written meanwhile by a newer event is never overwritten.
 */
export async function applyWrites(collection: Collection, writes: readonly DocumentWrite[], session?: ClientSession): Promise<void> {
  const latest = latestPerDocument(writes);
  if (latest.length === 0) return;
  const stored = await collection
    .find({ _id: { $in: latest.map(idOf) as never[] } }, { projection: { _position: 1 }, ...(session ? { session } : {}) })
    .toArray();
  const positions = new Map(stored.map((row) => [String(row._id), row._position as number]));
  const fresh = latest.filter((write) => (positions.get(idOf(write)) ?? -Infinity) < write.position);
  await bulkWriteGuarded(collection, fresh.map(guardedOperation), session);
}

/**
 * A guarded upsert fails with a duplicate key when the document exists but did not match the
 * guard: it is newer (a replay, nothing to do), or another writer inserted it after our filter
 * missed (a race: the server does not retry upserts whose filter is not equality-only). The failed
 * operations are sent again, so an older racing insert is replaced by ours; what still fails after
 * that met a newer document. Any other failure — a network or server-selection error, a write
 * concern not satisfied (reported with an empty `writeErrors`), another write error — is thrown:
 * the caller must not move its checkpoint past writes that may not have happened. Inside a
 * transaction nothing is retried here: any write error has aborted it, and the next commit's
 * read of the stored positions sees the document that won.
 */
async function bulkWriteGuarded(collection: Collection, operations: AnyBulkWriteOperation<Document>[], session?: ClientSession): Promise<void> {
  let pending = operations;
  for (let attempt = 0; pending.length > 0 && attempt <= RACE_RETRIES; attempt += 1) {
    try {
      await collection.bulkWrite(pending, { ordered: false, ...(session ? { session } : {}) });
      return;
    } catch (error) {
      if (!isDuplicateKeysOnly(error) || session) throw error;
      const failed = new Set(writeErrorsOf(error).map((e) => e.index));
      pending = pending.filter((_operation, index) => failed.has(index));
    }
  }
}

/** Only duplicate keys, on every failed operation, and nothing else wrong with the write. */
function isDuplicateKeysOnly(error: unknown): error is MongoBulkWriteError {
  if (!(error instanceof MongoBulkWriteError)) return false;
  const writeErrors = writeErrorsOf(error);
  const writeConcernFailed = Boolean(error.result?.getWriteConcernError?.()) || error.errorResponse?.writeConcernError !== undefined;
  return writeErrors.length > 0 && writeErrors.every((e) => e.code === DUPLICATE_KEY) && !writeConcernFailed;
}

function writeErrorsOf(error: MongoBulkWriteError): { code?: number; index: number }[] {
  return [error.writeErrors ?? []].flat() as { code?: number; index: number }[];
}

/** Puts and deletes replace the whole document, so of several writes to one document only the newest counts. */
function latestPerDocument(writes: readonly DocumentWrite[]): DocumentWrite[] {
  const latest = new Map<string, DocumentWrite>();
  for (const write of writes) {
    const current = latest.get(idOf(write));
    if (!current || current.position < write.position) latest.set(idOf(write), write);
  }
  return [...latest.values()];
}

function idOf(write: DocumentWrite): string {
  return write.kind === 'put' ? write.document.id : write.id;
}

function guardedOperation(write: DocumentWrite): AnyBulkWriteOperation<Document> {
  if (write.kind === 'delete') return { deleteOne: { filter: { _id: write.id as never, _position: { $lt: write.position } } } };
  const { id, ...fields } = write.document;
  return {
    replaceOne: {
      filter: { _id: id as never, _position: { $lt: write.position } },
      replacement: { ...fields, id, _position: write.position },
      upsert: true,
    },
  };
}

/** Writes per collection, in the order the collections first appear. */
export function writesByCollection(writes: readonly DocumentWrite[]): Map<string, DocumentWrite[]> {
  const byCollection = new Map<string, DocumentWrite[]>();
  for (const write of writes) {
    const group = byCollection.get(write.collection) ?? [];
    byCollection.set(write.collection, group);
    group.push(write);
  }
  return byCollection;
}

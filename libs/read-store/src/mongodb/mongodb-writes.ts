import { MongoBulkWriteError, type AnyBulkWriteOperation, type Collection, type Document } from 'mongodb';
import type { CollectionSpec, DocumentWrite } from '../read-store.port.js';

// The write steps the live store and a rebuild share: position-guarded replaces, replay-tolerant bulk writes, indexes.

export const CHECKPOINTS = 'projection_checkpoints';
const DUPLICATE_KEY = 11000;

/** Replace/delete operations per collection, each guarded by `_position < position`. */
export function guardedOperations(writes: readonly DocumentWrite[]): Map<string, AnyBulkWriteOperation<Document>[]> {
  const byCollection = new Map<string, AnyBulkWriteOperation<Document>[]>();
  for (const write of writes) {
    const operations = byCollection.get(write.collection) ?? [];
    byCollection.set(write.collection, operations);
    if (write.kind === 'put') {
      const { id, ...fields } = write.document;
      operations.push({
        replaceOne: {
          filter: { _id: id as never, _position: { $lt: write.position } },
          replacement: { ...fields, id, _position: write.position },
          upsert: true,
        },
      });
    } else {
      operations.push({ deleteOne: { filter: { _id: write.id as never, _position: { $lt: write.position } } } });
    }
  }
  return byCollection;
}

/** A guarded upsert that finds a newer document tries to insert and hits the _id key: a replay, not an error. */
export async function bulkWriteIgnoringReplays(collection: Collection, operations: AnyBulkWriteOperation<Document>[]): Promise<void> {
  try {
    await collection.bulkWrite(operations, { ordered: false });
  } catch (error) {
    const replaysOnly = error instanceof MongoBulkWriteError && [error.writeErrors].flat().every((e) => e.code === DUPLICATE_KEY);
    if (!replaysOnly) throw error;
  }
}

export function indexesOf(spec: CollectionSpec): { key: Record<string, 1> }[] {
  const composite = (spec.compositeIndexes ?? []).map((fields) => ({ key: Object.fromEntries([...fields, '_id'].map((field) => [field, 1 as const])) }));
  return [...Object.keys(spec.fields), ...(spec.multiValued ?? [])].map((field) => ({ key: { [field]: 1, _id: 1 } as Record<string, 1> })).concat(composite);
}

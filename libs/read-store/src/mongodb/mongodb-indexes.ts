import type { IndexDescription } from 'mongodb';
import type { CollectionSpec } from '../read-store.port.js';

/**
 * The SQLite adapter's indexes: (field, _id) per filtered or sorted field — equality, ranges and
 * keyset order with its tiebreak — except a field that leads a composite (a, b, _id), which serves
 * it already; (field, _id) per multi-valued field (a multikey index, SQLite's side table).
 */
export function indexesOf(spec: CollectionSpec): IndexDescription[] {
  const composites = spec.compositeIndexes ?? [];
  const leading = new Set([...composites.map((fields) => fields[0]), ...(spec.unindexed ?? [])]);
  const single = [...Object.keys(spec.fields).filter((field) => !leading.has(field)), ...(spec.multiValued ?? [])].map((field) => [field]);
  // Default names (`status_1__id_1`): the same keys under another name would conflict with existing deployments.
  return [...single, ...composites, ...(spec.coveringIndex ? [spec.coveringIndex] : [])].map((fields) => ({
    key: Object.fromEntries([...fields, '_id'].map((field) => [field, 1 as const])),
  }));
}

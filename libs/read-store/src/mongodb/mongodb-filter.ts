import type { Filter, Document } from 'mongodb';
import { UnindexedFieldError, type CollectionSpec, type DocumentFilter, type KeysetPosition, type SortOrder } from '../read-store.port.js';

const MATCHES_NOTHING: Filter<Document> = { _id: { $in: [] } };

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The same filter semantics as the SQLite adapter, as a MongoDB query. */
export function mongoFilter(spec: CollectionSpec, filter: DocumentFilter = {}, keyset?: { sort: SortOrder; after: KeysetPosition }): Filter<Document> {
  const clauses: Filter<Document>[] = [];
  const checked = (field: string): string => {
    if (!(field in spec.fields) && !(spec.multiValued ?? []).includes(field)) throw new UnindexedFieldError(spec.name, field);
    return field;
  };
  for (const [field, expected] of Object.entries(filter.equals ?? {})) {
    clauses.push({ [checked(field)]: Array.isArray(expected) ? { $in: [...expected] } : expected });
  }
  for (const [field, value] of Object.entries(filter.has ?? {})) clauses.push({ [checked(field)]: value });
  for (const [field, bounds] of Object.entries(filter.range ?? {})) {
    const range: Document = {};
    if (bounds.gte !== undefined) range.$gte = bounds.gte;
    if (bounds.lt !== undefined) range.$lt = bounds.lt;
    clauses.push({ [checked(field)]: range });
  }
  if (filter.text !== undefined && filter.text !== '') {
    const pattern = new RegExp(escapeRegex(filter.text), 'i');
    const paths = spec.searchable ?? [];
    // Nothing searchable matches nothing (the server refuses an empty $or).
    clauses.push(paths.length > 0 ? { $or: paths.map((path) => ({ [path]: pattern })) } : MATCHES_NOTHING);
  }
  if (keyset) {
    const field = checked(keyset.sort.field);
    const op = keyset.sort.direction === 'asc' ? '$gt' : '$lt';
    clauses.push({ $or: [{ [field]: { [op]: keyset.after.value } }, { [field]: keyset.after.value, _id: { [op]: keyset.after.id } }] });
  }
  return clauses.length === 0 ? {} : clauses.length === 1 ? clauses[0] : { $and: clauses };
}

export function mongoSort(sort: SortOrder): Record<string, 1 | -1> {
  const direction = sort.direction === 'asc' ? 1 : -1;
  return { [sort.field]: direction, _id: direction };
}

import type { Filter, Document } from 'mongodb';
import { UnindexedFieldError, type CollectionSpec, type DocumentFilter, type KeysetPosition, type SortOrder } from '../read-store.port.js';

const MATCHES_NOTHING: Filter<Document> = { _id: { $in: [] } };

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The same filter semantics as the SQLite adapter, as a MongoDB query. */
export function mongoFilter(spec: CollectionSpec, filter: DocumentFilter = {}, keyset?: { sort: SortOrder; after: KeysetPosition }): Filter<Document> {
  const clauses = clausesOf(spec, filter);
  if (keyset) {
    const field = checkedField(spec, keyset.sort.field);
    const op = keyset.sort.direction === 'asc' ? '$gt' : '$lt';
    clauses.push({ $or: [{ [field]: { [op]: keyset.after.value } }, { [field]: keyset.after.value, _id: { [op]: keyset.after.id } }] });
  }
  return andOf(clauses);
}

const andOf = (clauses: Filter<Document>[]): Filter<Document> => (clauses.length === 0 ? {} : clauses.length === 1 ? clauses[0] : { $and: clauses });

function checkedField(spec: CollectionSpec, field: string): string {
  if (!(field in spec.fields) && !(spec.multiValued ?? []).includes(field)) throw new UnindexedFieldError(spec.name, field);
  return field;
}

/** Any of these paths matches the pattern; no path matches nothing (the server refuses an empty $or). */
function anyPathMatches(paths: readonly string[], text: string): Filter<Document> {
  const pattern = new RegExp(escapeRegex(text), 'i');
  return paths.length > 0 ? { $or: paths.map((path) => ({ [path]: pattern })) } : MATCHES_NOTHING;
}

function clausesOf(spec: CollectionSpec, filter: DocumentFilter): Filter<Document>[] {
  const clauses: Filter<Document>[] = [];
  for (const [field, expected] of Object.entries(filter.equals ?? {})) {
    clauses.push({ [checkedField(spec, field)]: Array.isArray(expected) ? { $in: [...expected] } : expected });
  }
  if (filter.ids !== undefined) clauses.push({ _id: { $in: [...filter.ids] as never[] } });
  for (const [field, value] of Object.entries(filter.has ?? {})) clauses.push({ [checkedField(spec, field)]: value });
  for (const [field, bounds] of Object.entries(filter.range ?? {})) {
    const range: Document = {};
    if (bounds.gte !== undefined) range.$gte = bounds.gte;
    if (bounds.lt !== undefined) range.$lt = bounds.lt;
    clauses.push({ [checkedField(spec, field)]: range });
  }
  if (filter.text !== undefined && filter.text !== '') clauses.push(anyPathMatches(spec.searchable ?? [], filter.text));
  if (filter.textIn !== undefined && filter.textIn.text !== '') {
    for (const path of filter.textIn.paths) if (!(spec.searchable ?? []).includes(path)) throw new UnindexedFieldError(spec.name, path);
    clauses.push(anyPathMatches(filter.textIn.paths, filter.textIn.text));
  }
  if (filter.anyOf !== undefined) {
    clauses.push(filter.anyOf.length === 0 ? MATCHES_NOTHING : { $or: filter.anyOf.map((alternative) => andOf(clausesOf(spec, alternative))) });
  }
  return clauses;
}

export function mongoSort(sort: SortOrder): Record<string, 1 | -1> {
  const direction = sort.direction === 'asc' ? 1 : -1;
  return { [sort.field]: direction, _id: direction };
}

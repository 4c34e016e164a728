import type { DocumentFilter, KeysetPosition, ScalarValue, SortOrder } from '../read-store.port.js';
import type { SqliteCollectionTable } from './sqlite-collection-table.js';

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** WHERE conditions over the table aliased `d`; field names are checked against the spec. */
export function whereClause(table: SqliteCollectionTable, filter: DocumentFilter = {}, keyset?: { sort: SortOrder; after: KeysetPosition }): SqlFragment {
  const { conditions, params } = conditionsOf(table, filter);
  if (keyset) {
    const column = `d.${table.columnOf(keyset.sort.field)}`;
    const op = keyset.sort.direction === 'asc' ? '>' : '<';
    conditions.push(`(${column} ${op} ? OR (${column} = ? AND d.id ${op} ?))`);
    params.push(keyset.after.value, keyset.after.value, keyset.after.id);
  }
  return { sql: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

const likePattern = (text: string): string => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function conditionsOf(table: SqliteCollectionTable, filter: DocumentFilter): { conditions: string[]; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];

  for (const [field, expected] of Object.entries(filter.equals ?? {})) {
    const column = `d.${table.columnOf(field)}`;
    if (Array.isArray(expected)) {
      if (expected.length === 0) {
        conditions.push('0');
        continue;
      }
      conditions.push(`${column} IN (${expected.map(() => '?').join(', ')})`);
      params.push(...expected);
    } else {
      conditions.push(`${column} = ?`);
      params.push(expected as ScalarValue);
    }
  }
  if (filter.ids !== undefined) {
    conditions.push(filter.ids.length === 0 ? '0' : `d.id IN (${filter.ids.map(() => '?').join(', ')})`);
    params.push(...filter.ids);
  }
  for (const [field, value] of Object.entries(filter.has ?? {})) {
    if (!table.isMultiValued(field)) table.columnOf(field);
    conditions.push(`d.id IN (SELECT id FROM ${table.sideTable(field)} WHERE value = ?)`);
    params.push(value);
  }
  for (const [field, bounds] of Object.entries(filter.range ?? {})) {
    const column = `d.${table.columnOf(field)}`;
    if (bounds.gte !== undefined) {
      conditions.push(`${column} >= ?`);
      params.push(bounds.gte);
    }
    if (bounds.lt !== undefined) {
      conditions.push(`${column} < ?`);
      params.push(bounds.lt);
    }
  }
  if (filter.text !== undefined && filter.text !== '') {
    conditions.push(`d.search LIKE ? ESCAPE '\\'`);
    params.push(likePattern(filter.text));
  }
  if (filter.textIn !== undefined && filter.textIn.text !== '') {
    const paths = filter.textIn.paths.map((path) => table.searchPath(path));
    conditions.push(paths.length === 0 ? '0' : `(${paths.map(() => `lower(json_extract(d.doc, ?)) LIKE ? ESCAPE '\\'`).join(' OR ')})`);
    for (const path of paths) params.push(path, likePattern(filter.textIn.text));
  }
  if (filter.anyOf !== undefined) {
    const alternatives = filter.anyOf.map((alternative) => conditionsOf(table, alternative));
    conditions.push(
      alternatives.length === 0 ? '0' : `(${alternatives.map((a) => (a.conditions.length === 0 ? '1' : `(${a.conditions.join(' AND ')})`)).join(' OR ')})`,
    );
    for (const alternative of alternatives) params.push(...alternative.params);
  }
  return { conditions, params };
}

export function orderClause(table: SqliteCollectionTable, sort: SortOrder): string {
  const direction = sort.direction === 'asc' ? 'ASC' : 'DESC';
  return `ORDER BY d.${table.columnOf(sort.field)} ${direction}, d.id ${direction}`;
}

import type { DocumentFilter, GroupExpression, GroupQuery, PathCondition } from '../read-store.port.js';
import { UnindexedFieldError } from '../read-store.port.js';
import type { SqliteCollectionTable } from './sqlite-collection-table.js';
import { whereClause, type SqlFragment } from './sqlite-filter.js';

const PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** The live generation's table and covering index, for a group that reads nothing else. */
export interface CoveringSource {
  table: string;
  index: string;
}

/**
 * SELECT keys, count, sums … GROUP BY keys over the table aliased `d`. An indexed field is read from
 * its column (an index scan when the filter allows), a multi-valued one from its side table (joined
 * as `s`), any other path with json_extract from the document. When every column it reads is in
 * the collection's covering index, it scans that index: SQLite's planner does not pick it itself,
 * and the rows it would read instead hold the whole documents.
 */
export function groupStatement(table: SqliteCollectionTable, query: GroupQuery, covering?: CoveringSource): SqlFragment {
  const multiValued = [...query.by, ...(query.sum ?? [])].flatMap(pathsOf).filter((path) => table.isMultiValued(path));
  if (new Set(multiValued).size > 1) throw new UnindexedFieldError(table.spec.name, multiValued.join(', '));
  const side = multiValued[0];
  const params: unknown[] = [];
  const value = (path: string): string => {
    if (path === side) return 's.value';
    if (path in table.spec.fields) return `d.${table.columnOf(path)}`;
    if (!PATH.test(path)) throw new UnindexedFieldError(table.spec.name, path);
    params.push(`$.${path}`);
    return 'json_extract(d.doc, ?)';
  };
  const expression = (e: GroupExpression): string => ('path' in e ? value(e.path) : casesOf(e, value, params));
  const keys = query.by.map((e, i) => `${expression(e)} AS k${i}`);
  const sums = (query.sum ?? []).map((e, i) => `coalesce(sum(${expression(e)}), 0) AS s${i}`);
  const where = whereClause(table, query.filter);
  const join = side === undefined ? '' : `JOIN ${table.sideTable(side)} s ON s.id = d.id`;
  const groupBy = keys.length === 0 ? '' : `GROUP BY ${query.by.map((_, i) => `k${i}`).join(', ')}`;
  const source = covering && coveredBy(table, query) ? `${covering.table} d INDEXED BY ${covering.index}` : `${table.table} d`;
  const sql = `SELECT ${[...keys, 'count(*) AS n', ...sums].join(', ')} FROM ${source} ${join} ${where.sql} ${groupBy}`;
  return { sql, params: [...params, ...where.params] };
}

function casesOf(e: Extract<GroupExpression, { cases: unknown }>, value: (path: string) => string, params: unknown[]): string {
  if (e.cases.length === 0) {
    params.push(e.otherwise);
    return '?';
  }
  const branches = e.cases.map(({ when, then }) => {
    const condition = conditionOf(when, value, params);
    params.push(then);
    return `WHEN ${condition} THEN ?`;
  });
  params.push(e.otherwise);
  return `CASE ${branches.join(' ')} ELSE ? END`;
}

function conditionOf(when: PathCondition, value: (path: string) => string, params: unknown[]): string {
  // value() is called once per occurrence: a json_extract path adds its parameter each time.
  const parts = [`${value(when.path)} IS NOT NULL`];
  for (const [op, bound] of [
    ['=', when.equals],
    ['>', when.gt],
    ['>=', when.gte],
    ['<', when.lt],
  ] as const) {
    if (bound === undefined) continue;
    parts.push(`${value(when.path)} ${op} ?`);
    params.push(bound);
  }
  return parts.join(' AND ');
}

const pathsOf = (e: GroupExpression): string[] => ('path' in e ? [e.path] : e.cases.map((c) => c.when.path));

/** Whether the keys, sums and filter read only columns of the covering index (the id is in it too). */
function coveredBy(table: SqliteCollectionTable, query: GroupQuery): boolean {
  const columns = new Set(table.spec.coveringIndex ?? []);
  if (columns.size === 0) return false;
  const paths = [...query.by, ...(query.sum ?? [])].flatMap(pathsOf);
  return paths.every((path) => columns.has(path)) && filterCovered(query.filter ?? {}, columns);
}

function filterCovered(filter: DocumentFilter, columns: ReadonlySet<string>): boolean {
  if ((filter.text !== undefined && filter.text !== '') || (filter.textIn !== undefined && filter.textIn.text !== '')) return false;
  // `has` and `ids` read the id alone; the side tables are joined by it.
  const fields = [...Object.keys(filter.equals ?? {}), ...Object.keys(filter.range ?? {})];
  return fields.every((field) => columns.has(field)) && (filter.anyOf ?? []).every((alternative) => filterCovered(alternative, columns));
}

import type { CollectionSpec, ReadDocument, ScalarValue } from '../read-store.port.js';
import { UnindexedFieldError } from '../read-store.port.js';

const SEARCH_SEPARATOR = '\u0001';

/**
 * How one collection maps to SQLite: a table of JSON documents with one indexed column per
 * filterable field, a lower-cased `search` column, and a side table per multi-valued field.
 * Queries read views under stable names (`rm_<name>`, `rm_<name>__<field>`); the rows live in
 * tables of a numbered generation (`rm_<name>__g<n>…`), so a rebuild fills generation n+1 while
 * readers keep seeing n, and swapping is repointing the views.
 */
export class SqliteCollectionTable {
  /** The view queries read. */
  readonly table: string;

  constructor(readonly spec: CollectionSpec) {
    this.table = `rm_${spec.name.replace(/[^A-Za-z0-9]/g, '_')}`;
  }

  static column(field: string): string {
    return `"f_${field}"`;
  }

  /** The view over a multi-valued field's side table. */
  sideTable(field: string): string {
    return `${this.table}__${field.replace(/[^A-Za-z0-9]/g, '_')}`;
  }

  physical(generation: number): string {
    return `${this.table}__g${generation}`;
  }

  physicalSide(field: string, generation: number): string {
    return `${this.physical(generation)}__${field.replace(/[^A-Za-z0-9]/g, '_')}`;
  }

  isMultiValued(field: string): boolean {
    return this.spec.multiValued?.includes(field) ?? false;
  }

  /** The column of an indexed scalar field; throws for anything else (never interpolate input). */
  columnOf(field: string): string {
    if (!(field in this.spec.fields)) throw new UnindexedFieldError(this.spec.name, field);
    return SqliteCollectionTable.column(field);
  }

  /** Tables of a generation. Side tables get their by-id index at once: every re-put deletes by id. */
  tablesDdl(generation: number): string[] {
    const columns = Object.entries(this.spec.fields).map(([field, kind]) => `${SqliteCollectionTable.column(field)} ${kind === 'number' ? 'REAL' : 'TEXT'}`);
    const table = this.physical(generation);
    const statements = [
      `CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, position INTEGER NOT NULL, doc TEXT NOT NULL, search TEXT${columns.map((c) => `, ${c}`).join('')})`,
    ];
    for (const field of this.spec.multiValued ?? []) {
      const side = this.physicalSide(field, generation);
      statements.push(
        `CREATE TABLE IF NOT EXISTS ${side} (value TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (value, id)) WITHOUT ROWID`,
        `CREATE INDEX IF NOT EXISTS ${side}_by_id ON ${side} (id)`,
      );
    }
    return statements;
  }

  /**
   * (field, id) serves equality filters, range filters and keyset order with its tiebreak; a
   * composite (a, b, id) also serves equality on a alone, so a gets no index of its own.
   */
  indexesDdl(generation: number): string[] {
    const table = this.physical(generation);
    const composites = (this.spec.compositeIndexes ?? []).map((fields) => fields.map((field) => this.columnOf(field)));
    const leading = new Set([...(this.spec.compositeIndexes ?? []).map((fields) => fields[0]), ...(this.spec.unindexed ?? [])]);
    return [
      ...Object.keys(this.spec.fields)
        .filter((field) => !leading.has(field))
        .map((field) => `CREATE INDEX IF NOT EXISTS ${table}_by_${field} ON ${table} (${SqliteCollectionTable.column(field)}, id)`),
      ...composites.map(
        (columns, i) => `CREATE INDEX IF NOT EXISTS ${table}_by_${(this.spec.compositeIndexes ?? [])[i].join('_')} ON ${table} (${columns.join(', ')}, id)`,
      ),
      ...(this.spec.coveringIndex
        ? [`CREATE INDEX IF NOT EXISTS ${this.coveringIndex(generation)} ON ${table} (${this.spec.coveringIndex.map((f) => this.columnOf(f)).join(', ')}, id)`]
        : []),
    ];
  }

  coveringIndex(generation: number): string {
    return `${this.physical(generation)}_covering`;
  }

  viewsDdl(generation: number): string[] {
    const views = [[this.table, this.physical(generation)]];
    for (const field of this.spec.multiValued ?? []) views.push([this.sideTable(field), this.physicalSide(field, generation)]);
    return views.flatMap(([view, table]) => [`DROP VIEW IF EXISTS ${view}`, `CREATE VIEW ${view} AS SELECT * FROM ${table}`]);
  }

  dropDdl(generation: number): string[] {
    return [this.physical(generation), ...(this.spec.multiValued ?? []).map((field) => this.physicalSide(field, generation))].map(
      (table) => `DROP TABLE IF EXISTS ${table}`,
    );
  }

  /** Tables a version without generations created under the view names (renamed to generation 0). */
  legacyTables(): [string, string][] {
    return [
      [this.table, this.physical(0)],
      ...(this.spec.multiValued ?? []).map((field): [string, string] => [this.sideTable(field), this.physicalSide(field, 0)]),
    ];
  }

  scalarValues(document: ReadDocument): (ScalarValue | null)[] {
    return Object.keys(this.spec.fields).map((field) => {
      const value = document[field];
      return typeof value === 'string' || typeof value === 'number' ? value : null;
    });
  }

  multiValues(document: ReadDocument, field: string): string[] {
    const value = document[field];
    return Array.isArray(value) ? [...new Set(value.filter((v): v is string => typeof v === 'string'))] : [];
  }

  /** The JSON path of a `searchable` path (for `textIn`); throws for anything else. */
  searchPath(path: string): string {
    if (!(this.spec.searchable ?? []).includes(path)) throw new UnindexedFieldError(this.spec.name, path);
    return `$.${path}`;
  }

  searchText(document: ReadDocument): string | null {
    const paths = this.spec.searchable ?? [];
    if (paths.length === 0) return null;
    return paths
      .map((path) => valueAt(document, path))
      .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
      .map((v) => String(v).toLowerCase())
      .join(SEARCH_SEPARATOR);
  }
}

function valueAt(document: ReadDocument, path: string): unknown {
  let current: unknown = document;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

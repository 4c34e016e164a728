import type { CollectionSpec, ReadDocument, ScalarValue } from '../read-store.port.js';
import { UnindexedFieldError } from '../read-store.port.js';

const SEARCH_SEPARATOR = '\u0001';

/**
 * How one collection maps to SQLite: a table of JSON documents with one indexed column per
 * filterable field, a lower-cased `search` column, and a side table per multi-valued field.
 */
export class SqliteCollectionTable {
  readonly table: string;

  constructor(readonly spec: CollectionSpec) {
    this.table = `rm_${spec.name.replace(/[^A-Za-z0-9]/g, '_')}`;
  }

  static column(field: string): string {
    return `"f_${field}"`;
  }

  sideTable(field: string): string {
    return `${this.table}__${field.replace(/[^A-Za-z0-9]/g, '_')}`;
  }

  isMultiValued(field: string): boolean {
    return this.spec.multiValued?.includes(field) ?? false;
  }

  /** The column of an indexed scalar field; throws for anything else (never interpolate input). */
  columnOf(field: string): string {
    if (!(field in this.spec.fields)) throw new UnindexedFieldError(this.spec.name, field);
    return SqliteCollectionTable.column(field);
  }

  ddl(): string {
    const fields = Object.entries(this.spec.fields);
    const columns = fields.map(([field, kind]) => `${SqliteCollectionTable.column(field)} ${kind === 'number' ? 'REAL' : 'TEXT'}`);
    const statements = [
      `CREATE TABLE IF NOT EXISTS ${this.table} (id TEXT PRIMARY KEY, position INTEGER NOT NULL, doc TEXT NOT NULL, search TEXT${columns.map((c) => `, ${c}`).join('')})`,
      // (field, id) serves equality filters, range filters and keyset order with its tiebreak.
      ...fields.map(([field]) => `CREATE INDEX IF NOT EXISTS ${this.table}_by_${field} ON ${this.table} (${SqliteCollectionTable.column(field)}, id)`),
    ];
    for (const field of this.spec.multiValued ?? []) {
      const side = this.sideTable(field);
      statements.push(
        `CREATE TABLE IF NOT EXISTS ${side} (value TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (value, id)) WITHOUT ROWID`,
        `CREATE INDEX IF NOT EXISTS ${side}_by_id ON ${side} (id)`,
      );
    }
    return statements.map((s) => `${s};`).join('\n');
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

import BetterSqlite3 from 'better-sqlite3';
import type { Database, Statement } from 'better-sqlite3';
import {
  UnknownCollectionError,
  type Checkpoint,
  type CollectionSpec,
  type DocumentFilter,
  type DocumentPage,
  type DocumentWrite,
  type ListQuery,
  type ReadDocument,
  type ReadStore,
  type ValueCount,
  type Versioned,
} from '../read-store.port.js';
import { SqliteCollectionTable } from './sqlite-collection-table.js';
import { orderClause, whereClause } from './sqlite-filter.js';

const CHECKPOINTS_DDL = 'CREATE TABLE IF NOT EXISTS projection_checkpoints (projection TEXT PRIMARY KEY, position INTEGER NOT NULL)';

/** The embedded read store: its own file (DATA_DIR/read.db), so projections never block event appends. */
export function openSqliteReadStore(file: string): SqliteReadStore {
  const db = new BetterSqlite3(file);
  if (file !== ':memory:' && file !== '') db.pragma('journal_mode = WAL');
  // Read models can be rebuilt from the log, so NORMAL (no fsync per commit) is the right trade.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(CHECKPOINTS_DDL);
  return new SqliteReadStore(db);
}

export class SqliteReadStore implements ReadStore {
  private readonly tables = new Map<string, SqliteCollectionTable>();
  private readonly statements = new Map<string, Statement>();
  private readonly commitInTransaction: (projection: string, writes: readonly DocumentWrite[], checkpoint: Checkpoint) => void;

  constructor(private readonly db: Database) {
    const transaction = db.transaction(this.commitUnsafe.bind(this));
    this.commitInTransaction = (projection, writes, checkpoint) => transaction.immediate(projection, writes, checkpoint);
  }

  async prepare(collections: readonly CollectionSpec[]): Promise<void> {
    for (const spec of collections) {
      const table = new SqliteCollectionTable(spec);
      this.db.exec(table.ddl());
      this.tables.set(spec.name, table);
    }
  }

  async commit(projection: string, writes: readonly DocumentWrite[], checkpoint: Checkpoint): Promise<void> {
    this.commitInTransaction(projection, writes, checkpoint);
  }

  async checkpoint(projection: string): Promise<Checkpoint> {
    const row = this.statement('SELECT position FROM projection_checkpoints WHERE projection = ?').get(projection) as { position: number } | undefined;
    return row?.position ?? 0;
  }

  async get<T extends ReadDocument>(collection: string, id: string): Promise<Versioned<T> | undefined> {
    const table = this.tableOf(collection);
    const row = this.statement(`SELECT doc, position FROM ${table.table} WHERE id = ?`).get(id) as { doc: string; position: number } | undefined;
    return row ? { document: JSON.parse(row.doc) as T, position: row.position } : undefined;
  }

  async list<T extends ReadDocument>(collection: string, query: ListQuery): Promise<DocumentPage<T>> {
    const table = this.tableOf(collection);
    const where = whereClause(table, query.filter, query.after ? { sort: query.sort, after: query.after } : undefined);
    const sortColumn = table.columnOf(query.sort.field);
    const sql = `SELECT d.doc AS doc, d.id AS id, d.${sortColumn} AS sortValue FROM ${table.table} d ${where.sql} ${orderClause(table, query.sort)} LIMIT ?`;
    const rows = this.statement(sql).all(...where.params, query.limit + 1) as { doc: string; id: string; sortValue: string | number }[];
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => JSON.parse(row.doc) as T),
      ...(rows.length > query.limit && last ? { next: { value: last.sortValue, id: last.id } } : {}),
    };
  }

  async count(collection: string, filter?: DocumentFilter): Promise<number> {
    const table = this.tableOf(collection);
    const where = whereClause(table, filter);
    return (this.statement(`SELECT count(*) AS n FROM ${table.table} d ${where.sql}`).get(...where.params) as { n: number }).n;
  }

  async countBy(collection: string, field: string, filter?: DocumentFilter): Promise<ValueCount[]> {
    const table = this.tableOf(collection);
    const where = whereClause(table, filter);
    const sql = table.isMultiValued(field)
      ? `SELECT s.value AS value, count(*) AS count FROM ${table.sideTable(field)} s JOIN ${table.table} d ON d.id = s.id ${where.sql} GROUP BY s.value`
      : `SELECT d.${table.columnOf(field)} AS value, count(*) AS count FROM ${table.table} d ${where.sql} GROUP BY value HAVING value IS NOT NULL`;
    const rows = this.statement(`${sql} ORDER BY count DESC, value ASC`).all(...where.params) as ValueCount[];
    return rows;
  }

  async reset(projection: string, collections: readonly string[]): Promise<void> {
    this.db
      .transaction(() => {
        for (const collection of collections) {
          const table = this.tableOf(collection);
          this.db.exec(`DELETE FROM ${table.table}`);
          for (const field of table.spec.multiValued ?? []) this.db.exec(`DELETE FROM ${table.sideTable(field)}`);
        }
        this.statement('DELETE FROM projection_checkpoints WHERE projection = ?').run(projection);
      })
      .immediate();
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** Runs inside BEGIN IMMEDIATE: the writes and the checkpoint land together or not at all. */
  private commitUnsafe(projection: string, writes: readonly DocumentWrite[], checkpoint: Checkpoint): void {
    for (const write of writes) {
      if (write.kind === 'put') this.put(this.tableOf(write.collection), write.document, write.position);
      else this.remove(this.tableOf(write.collection), write.id, write.position);
    }
    this.statement(
      'INSERT INTO projection_checkpoints (projection, position) VALUES (?, ?) ON CONFLICT (projection) DO UPDATE SET position = max(position, excluded.position)',
    ).run(projection, checkpoint);
  }

  private put(table: SqliteCollectionTable, document: ReadDocument, position: number): void {
    const fields = Object.keys(table.spec.fields).map(SqliteCollectionTable.column);
    const columns = ['id', 'position', 'doc', 'search', ...fields];
    const sql =
      `INSERT INTO ${table.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ` +
      `ON CONFLICT (id) DO UPDATE SET ${columns.slice(1).map((c) => `${c} = excluded.${c}`).join(', ')} WHERE excluded.position > ${table.table}.position`;
    const info = this.statement(sql).run(document.id, position, JSON.stringify(document), table.searchText(document), ...table.scalarValues(document));
    if (info.changes === 0) return; // already at or past this position: a replay
    for (const field of table.spec.multiValued ?? []) {
      const side = table.sideTable(field);
      this.statement(`DELETE FROM ${side} WHERE id = ?`).run(document.id);
      const insert = this.statement(`INSERT INTO ${side} (value, id) VALUES (?, ?)`);
      for (const value of table.multiValues(document, field)) insert.run(value, document.id);
    }
  }

  private remove(table: SqliteCollectionTable, id: string, position: number): void {
    const info = this.statement(`DELETE FROM ${table.table} WHERE id = ? AND position < ?`).run(id, position);
    if (info.changes === 0) return;
    for (const field of table.spec.multiValued ?? []) this.statement(`DELETE FROM ${table.sideTable(field)} WHERE id = ?`).run(id);
  }

  private tableOf(collection: string): SqliteCollectionTable {
    const table = this.tables.get(collection);
    if (!table) throw new UnknownCollectionError(collection);
    return table;
  }

  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

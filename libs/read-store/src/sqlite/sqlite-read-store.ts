import BetterSqlite3 from 'better-sqlite3';
import type { Database, Statement } from 'better-sqlite3';
import {
  type CountByOptions,
  UnknownCollectionError,
  type Checkpoint,
  type CollectionSpec,
  type DocumentFilter,
  type DocumentPage,
  type DocumentWrite,
  type GroupQuery,
  type GroupRow,
  type ListQuery,
  type ReadDocument,
  type ReadModelRebuild,
  type ReadStore,
  type ValueCount,
  type Versioned,
} from '../read-store.port.js';
import { SqliteCollectionTable } from './sqlite-collection-table.js';
import { orderClause, whereClause } from './sqlite-filter.js';
import { groupStatement } from './sqlite-group.js';
import { SqliteGenerations } from './sqlite-generations.js';
import { SqliteReadModelRebuild } from './sqlite-read-model-rebuild.js';
import { SqliteTableWriter } from './sqlite-table-writer.js';

const CHECKPOINTS_DDL = 'CREATE TABLE IF NOT EXISTS projection_checkpoints (projection TEXT PRIMARY KEY, position INTEGER NOT NULL)';

/** The embedded read store: its own file (DATA_DIR/read.db), so projections never block event appends. */
export function openSqliteReadStore(file: string): SqliteReadStore {
  const db = new BetterSqlite3(file);
  if (file !== ':memory:' && file !== '') db.pragma('journal_mode = WAL');
  // Read models can be rebuilt from the log, so NORMAL (no fsync per commit) is the right trade.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // The default 2 MB page cache makes a rebuild's random-id inserts and its index builds go to the
  // OS for pages; 64 MB keeps them in memory and still fits the serving process's budget.
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  // Documents hold personal data in clear: an erased profile's old bytes must not stay in free pages.
  db.pragma('secure_delete = ON');
  db.exec(CHECKPOINTS_DDL);
  return new SqliteReadStore(db);
}

export class SqliteReadStore implements ReadStore {
  private readonly tables = new Map<string, SqliteCollectionTable>();
  /** Writers of the live generation, per collection; replaced when another rebuild swapped it. */
  private readonly writers = new Map<string, SqliteTableWriter>();
  private readonly statements = new Map<string, Statement>();
  private readonly generations: SqliteGenerations;
  private readonly commitInTransaction: (projection: string, writes: readonly DocumentWrite[], checkpoint: Checkpoint) => void;

  constructor(private readonly db: Database) {
    this.generations = new SqliteGenerations(db);
    const transaction = db.transaction(this.commitUnsafe.bind(this));
    this.commitInTransaction = (projection, writes, checkpoint) => transaction.immediate(projection, writes, checkpoint);
  }

  async prepare(collections: readonly CollectionSpec[]): Promise<void> {
    this.db
      .transaction(() => {
        for (const spec of collections) {
          const table = new SqliteCollectionTable(spec);
          const generation = this.generations.ensure(table);
          this.tables.set(spec.name, table);
          if (this.writers.get(spec.name)?.generation !== generation) this.writers.set(spec.name, new SqliteTableWriter(this.db, table, generation));
        }
      })
      .immediate();
  }

  async commit(projection: string, writes: readonly DocumentWrite[], checkpoint: Checkpoint): Promise<void> {
    this.commitInTransaction(projection, writes, checkpoint);
  }

  async compact(): Promise<void> {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
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

  async countBy(collection: string, field: string, filter?: DocumentFilter, options: CountByOptions = {}): Promise<ValueCount[]> {
    const table = this.tableOf(collection);
    const where = whereClause(table, filter);
    const minCount = options.minCount ?? 1;
    const sql = table.isMultiValued(field)
      ? `SELECT s.value AS value, count(*) AS count FROM ${table.sideTable(field)} s JOIN ${table.table} d ON d.id = s.id ${where.sql} GROUP BY s.value HAVING count(*) >= ?`
      : `SELECT d.${table.columnOf(field)} AS value, count(*) AS count FROM ${table.table} d ${where.sql} GROUP BY value HAVING value IS NOT NULL AND count(*) >= ?`;
    const rows = this.statement(`${sql} ORDER BY count DESC, value ASC`).all(...where.params, minCount) as ValueCount[];
    return rows;
  }

  async group(collection: string, query: GroupQuery): Promise<GroupRow[]> {
    const table = this.tableOf(collection);
    const generation = this.generations.current(collection) ?? 0;
    const { sql, params } = groupStatement(table, query, { table: table.physical(generation), index: table.coveringIndex(generation) });
    const rows = this.statement(sql).all(...params) as Record<string, string | number | null>[];
    return rows.map((row) => ({
      key: query.by.map((_, i) => row[`k${i}`]),
      count: row.n as number,
      sums: (query.sum ?? []).map((_, i) => Number(row[`s${i}`])),
    }));
  }

  async reset(projection: string, collections: readonly string[]): Promise<void> {
    this.db
      .transaction(() => {
        for (const collection of collections) {
          const { table, generation } = this.liveWriter(collection);
          this.db.exec(`DELETE FROM ${table.physical(generation)}`);
          for (const field of table.spec.multiValued ?? []) this.db.exec(`DELETE FROM ${table.physicalSide(field, generation)}`);
        }
        this.statement('DELETE FROM projection_checkpoints WHERE projection = ?').run(projection);
      })
      .immediate();
  }

  async beginRebuild(projection: string, collections: readonly CollectionSpec[]): Promise<ReadModelRebuild> {
    await this.prepare(collections);
    return new SqliteReadModelRebuild(
      this.db,
      this.generations,
      projection,
      collections.map((spec) => this.tableOf(spec.name)),
    );
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** Runs inside BEGIN IMMEDIATE: the writes and the checkpoint land together or not at all. */
  private commitUnsafe(projection: string, writes: readonly DocumentWrite[], checkpoint: Checkpoint): void {
    const writers = new Map<string, SqliteTableWriter>();
    for (const write of writes) {
      let writer = writers.get(write.collection);
      if (!writer) {
        writer = this.liveWriter(write.collection);
        writers.set(write.collection, writer);
      }
      if (write.kind === 'put') writer.put(write.document, write.position);
      else writer.remove(write.id, write.position);
    }
    this.statement(
      'INSERT INTO projection_checkpoints (projection, position) VALUES (?, ?) ON CONFLICT (projection) DO UPDATE SET position = max(position, excluded.position)',
    ).run(projection, checkpoint);
  }

  /** The writer of the generation the views show now (a rebuild in another process may have swapped it). */
  private liveWriter(collection: string): SqliteTableWriter {
    const table = this.tableOf(collection);
    const generation = this.generations.current(collection) ?? 0;
    let writer = this.writers.get(collection);
    if (writer?.generation !== generation) {
      writer = new SqliteTableWriter(this.db, table, generation);
      this.writers.set(collection, writer);
    }
    return writer;
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

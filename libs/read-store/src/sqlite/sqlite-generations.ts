import type { Database, Statement } from 'better-sqlite3';
import { SqliteCollectionTable } from './sqlite-collection-table.js';

const GENERATIONS_DDL = 'CREATE TABLE IF NOT EXISTS read_model_generations (collection TEXT PRIMARY KEY, generation INTEGER NOT NULL)';

/** Which generation of each collection the views point at; shared by every process on the file. */
export class SqliteGenerations {
  private readonly select: Statement<[string], { generation: number }>;
  private readonly upsert: Statement<[string, number]>;

  constructor(private readonly db: Database) {
    db.exec(GENERATIONS_DDL);
    this.select = db.prepare('SELECT generation FROM read_model_generations WHERE collection = ?');
    this.upsert = db.prepare(
      'INSERT INTO read_model_generations (collection, generation) VALUES (?, ?) ON CONFLICT (collection) DO UPDATE SET generation = excluded.generation',
    );
  }

  current(collection: string): number | undefined {
    return this.select.get(collection)?.generation;
  }

  set(collection: string, generation: number): void {
    this.upsert.run(collection, generation);
  }

  /**
   * Creates the collection's live generation, tables, indexes and views if missing (idempotent).
   * Tables from before generations existed sit under the view names: they become generation 0.
   */
  ensure(table: SqliteCollectionTable): number {
    let generation = this.current(table.spec.name);
    if (generation === undefined) {
      generation = 0;
      for (const [legacy, renamed] of table.legacyTables()) {
        const found = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(legacy);
        if (found) this.db.exec(`ALTER TABLE ${legacy} RENAME TO ${renamed}`);
      }
      this.set(table.spec.name, generation);
    }
    for (const sql of table.tablesDdl(generation)) this.db.exec(sql);
    this.addMissingColumns(table, generation);
    for (const sql of table.indexesDdl(generation)) this.db.exec(sql);
    // Every view, not only the main one: a multi-valued field added since gets its view too.
    const views = [table.table, ...(table.spec.multiValued ?? []).map((field) => table.sideTable(field))];
    const viewMissing = views.some((view) => !this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = ?").get(view));
    if (viewMissing) for (const sql of table.viewsDdl(generation)) this.db.exec(sql);
    return generation;
  }

  /**
   * A field added to a collection since its table was created becomes a column (null in the rows
   * written before: a rebuild of the projection fills it), so writes and filters on it work at once.
   */
  private addMissingColumns(table: SqliteCollectionTable, generation: number): void {
    const physical = table.physical(generation);
    const existing = new Set((this.db.prepare(`PRAGMA table_info(${physical})`).all() as { name: string }[]).map((column) => column.name));
    for (const [field, kind] of Object.entries(table.spec.fields)) {
      if (existing.has(`f_${field}`)) continue;
      this.db.exec(`ALTER TABLE ${physical} ADD COLUMN ${SqliteCollectionTable.column(field)} ${kind === 'number' ? 'REAL' : 'TEXT'}`);
    }
  }
}

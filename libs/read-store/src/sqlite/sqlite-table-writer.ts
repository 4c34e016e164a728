import type { Database, Statement } from 'better-sqlite3';
import type { ReadDocument, Versioned } from '../read-store.port.js';
import { SqliteCollectionTable } from './sqlite-collection-table.js';

/**
 * Position-guarded writes and reads of one generation of a collection, with its statements
 * prepared once (the write path of every commit and of a rebuild). Call inside a transaction.
 */
export class SqliteTableWriter {
  private readonly upsert: Statement;
  private readonly select: Statement;
  private readonly deleteRow: Statement;
  private readonly sides: { field: string; clear: Statement; insert: Statement }[];

  constructor(
    db: Database,
    readonly table: SqliteCollectionTable,
    readonly generation: number,
  ) {
    const physical = table.physical(generation);
    const columns = ['id', 'position', 'doc', 'search', ...Object.keys(table.spec.fields).map(SqliteCollectionTable.column)];
    this.upsert = db.prepare(
      `INSERT INTO ${physical} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ` +
        `ON CONFLICT (id) DO UPDATE SET ${columns
          .slice(1)
          .map((c) => `${c} = excluded.${c}`)
          .join(', ')} WHERE excluded.position > ${physical}.position`,
    );
    this.select = db.prepare(`SELECT doc, position FROM ${physical} WHERE id = ?`);
    this.deleteRow = db.prepare(`DELETE FROM ${physical} WHERE id = ? AND position < ?`);
    this.sides = (table.spec.multiValued ?? []).map((field) => {
      const side = table.physicalSide(field, generation);
      return { field, clear: db.prepare(`DELETE FROM ${side} WHERE id = ?`), insert: db.prepare(`INSERT INTO ${side} (value, id) VALUES (?, ?)`) };
    });
  }

  get<T extends ReadDocument>(id: string): Versioned<T> | undefined {
    const row = this.select.get(id) as { doc: string; position: number } | undefined;
    return row ? { document: JSON.parse(row.doc) as T, position: row.position } : undefined;
  }

  put(document: ReadDocument, position: number): void {
    const info = this.upsert.run(document.id, position, JSON.stringify(document), this.table.searchText(document), ...this.table.scalarValues(document));
    if (info.changes === 0) return; // already at or past this position: a replay
    for (const side of this.sides) {
      side.clear.run(document.id);
      for (const value of this.table.multiValues(document, side.field)) side.insert.run(value, document.id);
    }
  }

  remove(id: string, position: number): void {
    const info = this.deleteRow.run(id, position);
    if (info.changes === 0) return;
    for (const side of this.sides) side.clear.run(id);
  }
}

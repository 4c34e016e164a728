import type { Database, Statement } from 'better-sqlite3';
import type { ReadDocument, Versioned } from '../read-store.port.js';
import { SqliteCollectionTable } from './sqlite-collection-table.js';

/**
 * Position-guarded writes and reads of one generation of a collection, with its statements
 * prepared once (the write path of every commit and of a rebuild). Call inside a transaction.
 * `mostlyNew` (a rebuild's shadow) tries a plain insert first: a document written for the first time
 * then costs one insert and no delete of side rows it cannot have yet.
 */
export class SqliteTableWriter {
  private readonly upsert: Statement;
  private readonly insertNew: Statement;
  private readonly select: Statement;
  private readonly deleteRow: Statement;
  private readonly sides: { field: string; clear: Statement; insert: Statement }[];

  constructor(
    db: Database,
    readonly table: SqliteCollectionTable,
    readonly generation: number,
    private readonly mostlyNew = false,
  ) {
    const physical = table.physical(generation);
    const columns = ['id', 'position', 'doc', 'search', ...Object.keys(table.spec.fields).map(SqliteCollectionTable.column)];
    const insert = `INSERT INTO ${physical} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) `;
    this.upsert = db.prepare(
      `${insert}ON CONFLICT (id) DO UPDATE SET ${columns
        .slice(1)
        .map((c) => `${c} = excluded.${c}`)
        .join(', ')} WHERE excluded.position > ${physical}.position`,
    );
    this.insertNew = db.prepare(`${insert}ON CONFLICT (id) DO NOTHING`);
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
    const row = [document.id, position, JSON.stringify(document), this.table.searchText(document), ...this.table.scalarValues(document)];
    if (this.mostlyNew && this.insertNew.run(...row).changes === 1) {
      this.insertSides(document);
      return;
    }
    if (this.upsert.run(...row).changes === 0) return; // already at or past this position: a replay
    for (const side of this.sides) side.clear.run(document.id);
    this.insertSides(document);
  }

  remove(id: string, position: number): void {
    const info = this.deleteRow.run(id, position);
    if (info.changes === 0) return;
    for (const side of this.sides) side.clear.run(id);
  }

  private insertSides(document: ReadDocument): void {
    for (const side of this.sides) for (const value of this.table.multiValues(document, side.field)) side.insert.run(value, document.id);
  }
}

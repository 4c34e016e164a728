import type { Database } from 'better-sqlite3';
import { SqliteCollectionTable } from './sqlite-collection-table.js';

/**
 * Brings a generation's tables made by an older version up to the collection's spec: an indexed field
 * added since gets its column, and a multi-valued one its side table, both filled from the stored
 * documents, so a filter on the new field answers for documents written before it existed.
 * Returns whether anything was added (the views then need recreating).
 */
export function addMissingFields(db: Database, table: SqliteCollectionTable, generation: number): boolean {
  const physical = table.physical(generation);
  if (!exists(db, physical)) return false;
  const columns = new Set((db.prepare(`PRAGMA table_info(${physical})`).all() as { name: string }[]).map((c) => c.name));
  let added = false;
  for (const [field, kind] of Object.entries(table.spec.fields)) {
    const column = SqliteCollectionTable.column(field);
    if (columns.has(column.slice(1, -1))) continue;
    db.exec(`ALTER TABLE ${physical} ADD COLUMN ${column} ${kind === 'number' ? 'REAL' : 'TEXT'}`);
    db.prepare(`UPDATE ${physical} SET ${column} = json_extract(doc, ?)`).run(`$."${field}"`);
    added = true;
  }
  for (const field of table.spec.multiValued ?? []) {
    const side = table.physicalSide(field, generation);
    if (exists(db, side)) continue;
    for (const sql of table.tablesDdl(generation)) db.exec(sql);
    db.prepare(`INSERT OR IGNORE INTO ${side} (value, id) SELECT j.value, d.id FROM ${physical} d, json_each(d.doc, ?) j WHERE j.type = 'text'`).run(
      `$."${field}"`,
    );
    added = true;
  }
  return added;
}

const exists = (db: Database, name: string): boolean => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

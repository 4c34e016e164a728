import type { Database } from 'better-sqlite3';

// position is the rowid: with one writer at a time it is assigned in commit order, gap-free while
// nothing deletes the tail. No AUTOINCREMENT: it would only add a sqlite_sequence write per insert.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position  INTEGER PRIMARY KEY,
  id        TEXT    NOT NULL UNIQUE,
  stream_id TEXT    NOT NULL,
  revision  INTEGER NOT NULL,
  type      TEXT    NOT NULL,
  data      TEXT    NOT NULL,
  metadata  TEXT    NOT NULL,
  UNIQUE (stream_id, revision)
);
CREATE INDEX IF NOT EXISTS events_by_type ON events (type, position);
`;

export function configureDatabase(db: Database, inMemory: boolean, durability: 'normal' | 'full'): void {
  if (!inMemory) db.pragma('journal_mode = WAL');
  // NORMAL is durable against process crashes in WAL mode; only an OS crash/power loss can drop
  // the last commits. FULL costs an fsync per append.
  db.pragma(durability === 'full' ? 'synchronous = FULL' : 'synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
}

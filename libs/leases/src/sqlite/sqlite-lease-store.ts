import Database from 'better-sqlite3';
import type { Lease, LeaseStore } from '../lease-store.port.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS leases (
  name       TEXT    PRIMARY KEY,
  owner      TEXT    NOT NULL,
  expires_at INTEGER NOT NULL
);
`;

interface LeaseRow {
  name: string;
  owner: string;
  expires_at: number;
}

const toLease = (row: LeaseRow): Lease => ({ name: row.name, owner: row.owner, expiresAt: row.expires_at });

/**
 * Leases in a SQLite file every process on the DATA_DIR opens. Each change is a compare-and-set in a
 * BEGIN IMMEDIATE transaction: the write lock is taken before the current holder is read, so two
 * processes can never both see the lease free and both take it.
 */
export class SqliteLeaseStore implements LeaseStore {
  private readonly db: Database.Database;
  private readonly compareAndSet: (name: string, owner: string, expiresAt: number, now: number, renewOnly: boolean) => Lease | undefined;

  constructor(path: string) {
    this.db = new Database(path);
    if (path !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    const read = this.db.prepare<[string], LeaseRow>('SELECT name, owner, expires_at FROM leases WHERE name = ?');
    const write = this.db.prepare(
      'INSERT INTO leases (name, owner, expires_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at',
    );
    const change = this.db.transaction((name: string, owner: string, expiresAt: number, now: number, renewOnly: boolean) => {
      const current = read.get(name);
      const free = current === undefined || current.expires_at <= now;
      const own = current !== undefined && current.owner === owner && current.expires_at > now;
      if (renewOnly ? !own : !free && !own) return undefined;
      write.run(name, owner, expiresAt);
      return { name, owner, expiresAt };
    });
    this.compareAndSet = (...args) => change.immediate(...args);
  }

  async acquire(name: string, owner: string, ttlMs: number, now: number): Promise<Lease | undefined> {
    return this.compareAndSet(name, owner, now + ttlMs, now, false);
  }

  async renew(name: string, owner: string, ttlMs: number, now: number): Promise<Lease | undefined> {
    return this.compareAndSet(name, owner, now + ttlMs, now, true);
  }

  async release(name: string, owner: string): Promise<void> {
    this.db.prepare('DELETE FROM leases WHERE name = ? AND owner = ?').run(name, owner);
  }

  async holder(name: string, now: number): Promise<Lease | undefined> {
    const row = this.db.prepare<[string, number], LeaseRow>('SELECT name, owner, expires_at FROM leases WHERE name = ? AND expires_at > ?').get(name, now);
    return row ? toLease(row) : undefined;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

export function openSqliteLeaseStore(path: string): SqliteLeaseStore {
  return new SqliteLeaseStore(path);
}

import BetterSqlite3 from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { GroupCommit } from '#event-store';
import { unwrapKey, wrapKey } from './field-cipher.js';
import type { KeyStore } from './key-store.port.js';

interface KeyRow {
  wrapped_key: Buffer | null;
}

/**
 * Data keys in their own SQLite file (DATA_DIR/keys.db), each wrapped with the master key so the
 * file alone reveals nothing. A destroyed key leaves a row with no key: "erased", not "never had one".
 */
export class SqliteKeyStore implements KeyStore {
  private readonly db: BetterSqlite3.Database;
  private readonly select: BetterSqlite3.Statement<[string], KeyRow>;
  private readonly insert: BetterSqlite3.Statement<[string, Buffer]>;
  private readonly erase: BetterSqlite3.Statement<[{ subject: string; at: string }]>;
  private readonly creations: GroupCommit<string, KeyRow>;

  constructor(
    file: string,
    private readonly masterKey: Buffer,
  ) {
    this.db = new BetterSqlite3(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL'); // losing a freshly created key would lose the data it encrypts
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('secure_delete = ON'); // a destroyed key's bytes are overwritten, not left in a free page
    this.db.exec('CREATE TABLE IF NOT EXISTS subject_keys (subject_id TEXT PRIMARY KEY, wrapped_key BLOB, destroyed_at TEXT)');
    this.select = this.db.prepare('SELECT wrapped_key FROM subject_keys WHERE subject_id = ?');
    this.insert = this.db.prepare('INSERT INTO subject_keys (subject_id, wrapped_key) VALUES (?, ?) ON CONFLICT (subject_id) DO NOTHING');
    // New keys asked for in the same turn of the event loop are created in one transaction: one fsync
    // (synchronous = FULL) serves every registration in flight, and each answers only after it.
    const create = this.db.transaction((subjects: readonly string[]) =>
      subjects.map((subject) => {
        this.insert.run(subject, wrapKey(randomBytes(32), this.masterKey));
        return { ok: true as const, value: this.select.get(subject) as KeyRow };
      }),
    );
    this.creations = new GroupCommit((subjects) => create.immediate(subjects));
    this.erase = this.db.prepare(
      'INSERT INTO subject_keys (subject_id, wrapped_key, destroyed_at) VALUES (@subject, NULL, @at) ON CONFLICT (subject_id) DO UPDATE SET wrapped_key = NULL, destroyed_at = coalesce(destroyed_at, @at)',
    );
  }

  async keyFor(subjectId: string): Promise<Buffer | undefined> {
    const row = this.select.get(subjectId) ?? (await this.creations.submit(subjectId));
    return row.wrapped_key ? unwrapKey(row.wrapped_key, this.masterKey) : undefined;
  }

  /** One transaction, so one sync to disk for the lot instead of one per key. */
  async createKeys(subjectIds: readonly string[]): Promise<void> {
    this.db.transaction((ids: readonly string[]) => {
      for (const id of ids) this.insert.run(id, wrapKey(randomBytes(32), this.masterKey));
    })(subjectIds);
  }

  async existingKey(subjectId: string): Promise<Buffer | undefined> {
    const row = this.select.get(subjectId);
    return row?.wrapped_key ? unwrapKey(row.wrapped_key, this.masterKey) : undefined;
  }

  async destroy(subjectId: string, at: Date): Promise<void> {
    this.erase.run({ subject: subjectId, at: at.toISOString() });
  }

  async close(): Promise<void> {
    if (this.db.open) this.creations.flush();
    this.db.close();
  }
}

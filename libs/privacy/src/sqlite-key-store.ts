import BetterSqlite3 from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { GroupCommit } from '#event-store';
import { unwrapKey, wrapKey } from './field-cipher.js';
import type { KeyStore } from './key-store.port.js';
import { KeyWriterThread } from './key-writer-thread.js';

interface KeyRow {
  wrapped_key: Buffer | null;
}

interface WaitingKey {
  subject: string;
  resolve: (row: KeyRow) => void;
  reject: (error: unknown) => void;
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
  private readonly writer: KeyWriterThread;
  private readonly creations: GroupCommit<string, Promise<KeyRow>>;
  private waiting: WaitingKey[] = [];
  private creating: Promise<void> | undefined;

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
    this.writer = new KeyWriterThread(file);
    // The keys asked for in one turn of the event loop are handed over together.
    this.creations = new GroupCommit((subjects) => subjects.map((subject) => ({ ok: true, value: this.create(subject) })));
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
    this.creations.flush();
    while (this.creating) await this.creating;
    await this.writer.close();
    this.db.close();
  }

  /**
   * New keys asked for while a write is on its way to disk go together in the next one: one fsync
   * (synchronous = FULL) serves every registration in flight, each answers only after it, and the
   * HTTP thread serves other requests meanwhile (KeyWriterThread).
   */
  private create(subject: string): Promise<KeyRow> {
    return new Promise<KeyRow>((resolve, reject) => {
      this.waiting.push({ subject, resolve, reject });
      this.startWriting();
    });
  }

  private startWriting(): void {
    if (this.creating) return;
    // A microtask later: the whole batch of the turn is queued by then, so it goes in one write.
    this.creating = Promise.resolve()
      .then(() => this.writeWaiting())
      .finally(() => {
        this.creating = undefined;
        if (this.waiting.length > 0) this.startWriting();
      });
  }

  private async writeWaiting(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting;
      this.waiting = [];
      const subjects = [...new Set(batch.map((waiting) => waiting.subject))];
      try {
        await this.writer.write(subjects.map((subject) => [subject, wrapKey(randomBytes(32), this.masterKey)] as const));
        // Another process may have created the key first (ON CONFLICT DO NOTHING): the stored row wins.
        for (const waiting of batch) waiting.resolve(this.select.get(waiting.subject) as KeyRow);
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
      }
    }
  }
}

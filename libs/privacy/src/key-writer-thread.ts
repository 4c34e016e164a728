import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** A new key row: the subject and its key, already wrapped with the master key. */
type NewKeyRow = readonly [subject: string, wrappedKey: Buffer];

// CommonJS evaluated in the thread (no file of its own: it runs the same from the sources under the
// test runner and from dist). Its own connection, FULL sync: a row is on disk when the answer comes.
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
db.pragma('secure_delete = ON');
const insert = db.prepare('INSERT INTO subject_keys (subject_id, wrapped_key) VALUES (?, ?) ON CONFLICT (subject_id) DO NOTHING');
const write = db.transaction((rows) => { for (const [subject, key] of rows) insert.run(subject, Buffer.from(key)); });
parentPort.on('message', ({ id, rows }) => {
  try {
    write.immediate(rows);
    parentPort.postMessage({ id });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

interface Pending {
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Writes new key rows from a thread of its own. Each commit of keys.db waits for an fsync
 * (synchronous = FULL: a lost key loses the data it encrypts) — about 8 ms here, during which the
 * HTTP thread used to stand still; now it serves other requests while the disk syncs. A write
 * resolves only once its transaction committed, so no key is answered before it is durable.
 */
export class KeyWriterThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(private readonly file: string) {}

  write(rows: readonly NewKeyRow[]): Promise<void> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, rows });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(THREAD_SOURCE, {
      eval: true,
      // Not the parent's flags (a TypeScript loader, --cpu-prof): the thread runs plain CommonJS.
      execArgv: [],
      workerData: { file: this.file, driver: createRequire(import.meta.url).resolve('better-sqlite3') },
    });
    worker.on('message', ({ id, error }: { id: number; error?: string }) => {
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (this.pending.size === 0) worker.unref();
      if (error === undefined) waiting?.resolve();
      else waiting?.reject(new Error(`Could not store the new keys: ${error}`));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The key writer thread stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }
}

import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore } from '../libs/event-store/src/sqlite/sqlite-event-store.js';
import { SystemClock } from '../libs/shared/src/clock.js';
import { printFigure } from './support/report.js';

const EVENTS = Number(process.env.BENCH_APPEND_EVENTS ?? 20_000);
const STREAMS = 1_000;

function eventData(i: number) {
  return { customerId: `c-${i % STREAMS}`, followUpId: randomUUID(), at: new Date().toISOString(), method: 'phone', content: 'called about the renewal', result: 'interested', outcomes: [] };
}

/** Raw better-sqlite3: one INSERT per transaction, WAL, the same row shape — the floor any event store pays. */
function rawInsertsPerSecond(dir: string): number {
  const db = new Database(join(dir, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE events (position INTEGER PRIMARY KEY, id TEXT UNIQUE, stream_id TEXT, revision INTEGER, type TEXT, data TEXT, metadata TEXT, UNIQUE(stream_id, revision))');
  const insert = db.prepare('INSERT INTO events (id, stream_id, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)');
  const revisions = new Map<string, number>();
  const started = performance.now();
  for (let i = 0; i < EVENTS; i++) {
    const stream = `customer-${i % STREAMS}`;
    const revision = (revisions.get(stream) ?? -1) + 1;
    revisions.set(stream, revision);
    db.transaction(() => insert.run(randomUUID(), stream, revision, 'FollowUpRecorded', JSON.stringify(eventData(i)), '{}')).immediate();
  }
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return EVENTS / seconds;
}

async function storeAppendsPerSecond(dir: string): Promise<number> {
  const store = openSqliteEventStore(join(dir, 'events.db'), new SystemClock());
  const revisions = new Map<string, number>();
  const started = performance.now();
  for (let i = 0; i < EVENTS; i++) {
    const stream = `customer-${i % STREAMS}`;
    const revision = revisions.get(stream) ?? -1;
    const metadata = { actorId: 'bench', actorRole: 'sales', correlationId: 'c', causationId: 'c', occurredAt: new Date().toISOString(), schemaVersion: 1 };
    const result = await store.append(stream, [{ id: randomUUID(), type: 'FollowUpRecorded', data: eventData(i), metadata }], revision < 0 ? 'no_stream' : revision);
    revisions.set(stream, result.nextRevision);
  }
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return EVENTS / seconds;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-append-'));
  try {
    const baseline = rawInsertsPerSecond(dir);
    const value = await storeAppendsPerSecond(dir);
    printFigure({
      name: `event append, 1 event/append (${EVENTS.toLocaleString('en-US')})`,
      value,
      unit: 'ev/s',
      baseline,
      baselineName: 'raw SQLite insert/tx',
      better: 'higher',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

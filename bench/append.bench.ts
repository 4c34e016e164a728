import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteEventStore } from '#event-store';
import { SystemClock } from '#shared';
import { printFigure } from './support/report.js';

const EVENTS = Number(process.env.BENCH_APPEND_EVENTS ?? 20_000);
const STREAMS = 1_000;
// The peer fsyncs every append (≈ 10² ev/s here), so it gets a smaller, equal workload.
const PEER_EVENTS = Number(process.env.BENCH_PEER_EVENTS ?? 2_000);

function eventData(i: number) {
  return {
    customerId: `c-${i % STREAMS}`,
    followUpId: randomUUID(),
    at: new Date().toISOString(),
    method: 'phone',
    content: 'called about the renewal',
    result: 'interested',
    outcomes: [],
  };
}

/** Raw better-sqlite3: one INSERT per transaction, WAL, the same row shape — the floor any event store pays. */
function rawInsertsPerSecond(dir: string): number {
  const db = new Database(join(dir, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(
    'CREATE TABLE events (position INTEGER PRIMARY KEY, id TEXT UNIQUE, stream_id TEXT, revision INTEGER, type TEXT, data TEXT, metadata TEXT, UNIQUE(stream_id, revision))',
  );
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

async function storeAppendsPerSecond(dir: string, durability: 'normal' | 'full', events = EVENTS): Promise<number> {
  const store = openSqliteEventStore(join(dir, `events-${durability}.db`), new SystemClock(), { durability });
  const revisions = new Map<string, number>();
  const started = performance.now();
  for (let i = 0; i < events; i++) {
    const stream = `customer-${i % STREAMS}`;
    const revision = revisions.get(stream) ?? -1;
    const metadata = { actorId: 'bench', actorRole: 'sales', correlationId: 'c', causationId: 'c', occurredAt: new Date().toISOString(), schemaVersion: 1 };
    const result = await store.append(
      stream,
      [{ id: randomUUID(), type: 'FollowUpRecorded', data: eventData(i), metadata }],
      revision < 0 ? 'no_stream' : revision,
    );
    revisions.set(stream, result.nextRevision);
  }
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return events / seconds;
}

/** `writers` appending at once, each to its own streams, as concurrent commands do: group commit lets one transaction serve many. */
async function concurrentAppendsPerSecond(dir: string, writers: number): Promise<number> {
  const store = openSqliteEventStore(join(dir, `events-concurrent-${writers}.db`), new SystemClock());
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let i = writer; i < EVENTS; i += writers) {
        const metadata = { actorId: 'bench', actorRole: 'sales', correlationId: 'c', causationId: 'c', occurredAt: new Date().toISOString(), schemaVersion: 1 };
        await store.append(`customer-${i}`, [{ id: randomUUID(), type: 'FollowUpRecorded', data: eventData(i), metadata }], 'no_stream');
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return EVENTS / seconds;
}

/** Registrations a second, each writing four streams as registration does (code, customer, two claims): one multi-stream append, or four appends in a row. */
async function registrationShapedPerSecond(dir: string, mode: 'one commit' | 'four appends'): Promise<number> {
  const store = openSqliteEventStore(join(dir, `events-registration-${mode.replace(' ', '-')}.db`), new SystemClock());
  const registrations = EVENTS / 4;
  const started = performance.now();
  for (let i = 0; i < registrations; i++) {
    const metadata = { actorId: 'bench', actorRole: 'sales', correlationId: 'c', causationId: 'c', occurredAt: new Date().toISOString(), schemaVersion: 1 };
    const parts = ['code-reservation', 'customer', 'identity-claim-phone', 'identity-claim-email'].map((kind) => ({
      streamId: `${kind}-${i}`,
      events: [{ id: randomUUID(), type: 'Noted', data: eventData(i), metadata }],
      expected: 'no_stream' as const,
    }));
    if (mode === 'one commit') await store.appendToStreams(parts);
    else for (const part of parts) await store.append(part.streamId, part.events, part.expected);
  }
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return registrations / seconds;
}

/**
 * SPEC §9's peer: Emmett's SQLite event store, installed apart in bench/peer (npm --prefix bench/peer ci)
 * and run in its own process. Its defaults fsync every commit, so it is compared with our 'full' mode too.
 */
function peerAppendsPerSecond(dir: string, events: number): { eventsPerSecond: number; busyRetries: number } | undefined {
  const peerDir = fileURLToPath(new URL('../../bench/peer/', import.meta.url));
  if (!existsSync(join(peerDir, 'node_modules', '@event-driven-io', 'emmett-sqlite'))) return undefined;
  const output = execFileSync(process.execPath, [join(peerDir, 'peer-append.mjs'), join(dir, 'peer.db'), String(events), String(STREAMS)], {
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n').pop() as string) as { eventsPerSecond: number; busyRetries: number };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-append-'));
  try {
    const baseline = rawInsertsPerSecond(dir);
    const value = await storeAppendsPerSecond(dir, 'normal');
    printFigure({
      name: `event append, 1 event/append (${EVENTS.toLocaleString('en-US')})`,
      value,
      unit: 'ev/s',
      baseline,
      baselineName: 'raw SQLite insert/tx',
      better: 'higher',
    });

    printFigure({
      name: 'event append, 50 concurrent appenders',
      value: await concurrentAppendsPerSecond(dir, 50),
      unit: 'ev/s',
      baseline,
      baselineName: 'raw SQLite insert/tx',
      better: 'higher',
    });

    printFigure({
      name: 'registration-shaped append, 4 streams in one commit',
      value: await registrationShapedPerSecond(dir, 'one commit'),
      unit: 'registrations/s',
      baseline: await registrationShapedPerSecond(dir, 'four appends'),
      baselineName: 'the same 4 streams, one append each',
      better: 'higher',
    });

    const peer = peerAppendsPerSecond(dir, PEER_EVENTS);
    if (peer === undefined) {
      console.log('event append vs peer: skipped — install the peer with `npm --prefix bench/peer ci` (compiles sqlite3, ~2 min)');
      return;
    }
    const full = await storeAppendsPerSecond(dir, 'full', PEER_EVENTS);
    const baselineName = 'Emmett SQLite peer';
    printFigure({
      name: 'event append, durability normal (default)',
      value,
      unit: 'ev/s',
      baseline: peer.eventsPerSecond,
      baselineName,
      better: 'higher',
      target: '≥ 2×',
    });
    printFigure({
      name: 'event append, durability full (fsync each)',
      value: full,
      unit: 'ev/s',
      baseline: peer.eventsPerSecond,
      baselineName,
      better: 'higher',
      target: '≥ 2×',
    });
    if (peer.busyRetries > 0) console.log(`  (the peer retried ${peer.busyRetries} appends after its own SQLITE_BUSY errors)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

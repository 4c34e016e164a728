import BetterSqlite3 from 'better-sqlite3';
import { GENESIS_HASH, sealMetadata, configureDatabase } from '#event-store';
import { demoCustomers, type DemoCustomer, type DemoOptions } from './demo-customers.js';
import { interleaved } from './demo-events.js';

// Bulk generation straight into the SQLite event store's schema (sqlite-schema.ts), because
// EventStore.append opens one write transaction per stream: a million customers would take as many
// commits. Here a thousand-odd events share a transaction; every row is what append would have
// stored (revisions from 0, recordedAt, the SPEC §7 hash chain), so the store reads, verifies and
// projects it as usual. Only customer streams are written: no code reservations or identity claims,
// so this data suits benches and demos, not further duplicate checks on the same codes.

const WINDOW = 500;
const EVENTS_PER_TRANSACTION = 5000;

export interface BulkSeedResult {
  customers: number;
  events: number;
  seconds: number;
}

export function bulkSeedSqlite(
  file: string,
  customers: number,
  options: DemoOptions & { recordedAt?: Date; onProgress?: (customers: number) => void } = {},
): BulkSeedResult {
  const started = process.hrtime.bigint();
  const db = new BetterSqlite3(file);
  configureDatabase(db, false, 'normal');
  const insert = db.prepare('INSERT INTO events (id, stream_id, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)');
  const recordedAt = (options.recordedAt ?? new Date()).toISOString();
  const writeRows = db.transaction((rows: unknown[][]) => {
    for (const row of rows) insert.run(...row);
  });

  let written = 0;
  let done = 0;
  let rows: unknown[][] = [];
  const flushWindow = (window: DemoCustomer[]) => {
    const hashes = new Map<string, string>();
    for (const { streamId, revision, event } of interleaved(window)) {
      const prevHash = hashes.get(streamId) ?? GENESIS_HASH;
      const metadata = sealMetadata(prevHash, event, recordedAt);
      hashes.set(streamId, metadata.hash);
      rows.push([event.id, streamId, revision, event.type, JSON.stringify(event.data), JSON.stringify(metadata)]);
      if (rows.length >= EVENTS_PER_TRANSACTION) {
        writeRows.immediate(rows);
        written += rows.length;
        rows = [];
      }
    }
    done += window.length;
    options.onProgress?.(done);
  };

  try {
    let window: DemoCustomer[] = [];
    for (const customer of demoCustomers(customers, options)) {
      window.push(customer);
      if (window.length === WINDOW) {
        flushWindow(window);
        window = [];
      }
    }
    if (window.length > 0) flushWindow(window);
    if (rows.length > 0) {
      writeRows.immediate(rows);
      written += rows.length;
    }
  } finally {
    db.close();
  }
  return { customers, events: written, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

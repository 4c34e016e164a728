import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { QueueHead } from '#integrations';

// The delivery worker's durable state, beside the event store in DATA_DIR: per webhook the feed
// position up to which events were queued (its checkpoint), the queue itself and the attempt log.
// A row is written in the same transaction as the checkpoint, so a restart neither loses nor re-queues.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS webhook_checkpoints (
  webhook_id TEXT PRIMARY KEY,
  position   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS deliveries (
  webhook_id      TEXT    NOT NULL,
  position        INTEGER NOT NULL,
  event_id        TEXT    NOT NULL,
  event_type      TEXT    NOT NULL,
  customer_id     TEXT    NOT NULL,
  body            TEXT,
  status          TEXT    NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  attempt_base    INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_status     INTEGER,
  last_error      TEXT,
  delivered_at    INTEGER,
  PRIMARY KEY (webhook_id, position)
);
-- Operators' redelivery and replay requests (events of the webhook stream), each applied once: a
-- replay's cursor moves in the transaction that queues its page.
CREATE TABLE IF NOT EXISTS delivery_requests (
  event_id   TEXT    PRIMARY KEY,
  webhook_id TEXT    NOT NULL,
  kind       TEXT    NOT NULL,
  position   INTEGER,
  cursor     INTEGER,
  up_to      INTEGER,
  done       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS deliveries_pending ON deliveries (status, webhook_id, customer_id, position);
CREATE INDEX IF NOT EXISTS deliveries_event ON deliveries (webhook_id, event_id);
CREATE TABLE IF NOT EXISTS delivery_attempts (
  webhook_id  TEXT    NOT NULL,
  position    INTEGER NOT NULL,
  attempt     INTEGER NOT NULL,
  at          INTEGER NOT NULL,
  status_code INTEGER,
  error       TEXT,
  duration_ms INTEGER NOT NULL,
  PRIMARY KEY (webhook_id, position, attempt)
);
`;

export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'cancelled';

export interface QueuedEvent {
  position: number;
  eventId: string;
  eventType: string;
  customerId: string;
  body: string;
}

export interface DeliveryRow {
  webhook_id: string;
  position: number;
  event_id: string;
  event_type: string;
  customer_id: string;
  body: string | null;
  status: DeliveryStatus;
  attempts: number;
  /** Attempts made before the last redelivery or replay: each of those gets a whole retry budget. */
  attempt_base: number;
  next_attempt_at: number;
  last_status: number | null;
  last_error: string | null;
  delivered_at: number | null;
}

/** An operator's request to send again: one delivery, or every matching event in (cursor, upTo]. */
export type DeliveryRequest =
  | { eventId: string; webhookId: string; kind: 'redelivery'; position: number }
  | { eventId: string; webhookId: string; kind: 'replay'; cursor: number; upTo: number };

export interface AttemptRow {
  attempt: number;
  at: number;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

export interface AttemptOutcome {
  at: number;
  statusCode?: number;
  error?: string;
  durationMs: number;
  /** Delivered, retry at this time, or given up. */
  result: { kind: 'delivered' } | { kind: 'retry'; at: number } | { kind: 'failed' };
}

export class WebhookOutbox {
  private readonly db: Database;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new BetterSqlite3(file);
    if (file !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    // Bodies hold personal data: what is deleted or overwritten must not linger in free pages.
    this.db.pragma('secure_delete = ON');
    this.db.exec(SCHEMA);
    this.addAttemptBase();
  }

  /** A webhooks.db from before redelivery lacks the column; another process opening it may add it first. */
  private addAttemptBase(): void {
    const columns = this.db.prepare('PRAGMA table_info(deliveries)').all() as { name: string }[];
    if (columns.some((c) => c.name === 'attempt_base')) return;
    try {
      this.db.exec('ALTER TABLE deliveries ADD COLUMN attempt_base INTEGER NOT NULL DEFAULT 0');
    } catch (error) {
      if (!/duplicate column/i.test((error as Error).message)) throw error;
    }
  }

  checkpoint(webhookId: string): number | undefined {
    const row = this.db.prepare('SELECT position FROM webhook_checkpoints WHERE webhook_id = ?').get(webhookId) as { position: number } | undefined;
    return row?.position;
  }

  /** Queues events and moves the checkpoint to `upTo`, atomically. */
  enqueue(webhookId: string, events: readonly QueuedEvent[], upTo: number, now: number): void {
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO deliveries (webhook_id, position, event_id, event_type, customer_id, body, status, next_attempt_at)
       VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)`,
    );
    const save = this.db.prepare(
      'INSERT INTO webhook_checkpoints (webhook_id, position) VALUES (?, ?) ON CONFLICT (webhook_id) DO UPDATE SET position = excluded.position',
    );
    this.db
      .transaction(() => {
        for (const e of events) insert.run(webhookId, e.position, e.eventId, e.eventType, e.customerId, e.body, now);
        save.run(webhookId, upTo);
      })
      .immediate();
  }

  /** Remembers a request seen on the webhook stream; one seen before (a restart re-reads the stream) is ignored. */
  recordRequest(request: DeliveryRequest): void {
    this.db
      .prepare('INSERT OR IGNORE INTO delivery_requests (event_id, webhook_id, kind, position, cursor, up_to) VALUES (?, ?, ?, ?, ?, ?)')
      .run(
        request.eventId,
        request.webhookId,
        request.kind,
        request.kind === 'redelivery' ? request.position : null,
        request.kind === 'replay' ? request.cursor : null,
        request.kind === 'replay' ? request.upTo : null,
      );
  }

  openRequests(): DeliveryRequest[] {
    const rows = this.db.prepare('SELECT * FROM delivery_requests WHERE done = 0 ORDER BY rowid').all() as {
      event_id: string;
      webhook_id: string;
      kind: 'redelivery' | 'replay';
      position: number | null;
      cursor: number | null;
      up_to: number | null;
    }[];
    return rows.map((r) =>
      r.kind === 'redelivery'
        ? { eventId: r.event_id, webhookId: r.webhook_id, kind: r.kind, position: r.position as number }
        : { eventId: r.event_id, webhookId: r.webhook_id, kind: r.kind, cursor: r.cursor as number, upTo: r.up_to as number },
    );
  }

  /**
   * Queues `events` again (a new attempt each, with a fresh retry budget, under the same event id) and moves the
   * request's cursor to `cursor`, closing it when `done`, atomically. A delivery still pending is left as it is: it
   * will be sent anyway, so asking twice sends it once.
   */
  requeue(requestId: string, webhookId: string, events: readonly QueuedEvent[], cursor: number, done: boolean, now: number): void {
    const upsert = this.db.prepare(
      `INSERT INTO deliveries (webhook_id, position, event_id, event_type, customer_id, body, status, next_attempt_at)
       VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)
       ON CONFLICT (webhook_id, position) DO UPDATE SET status = 'pending', body = excluded.body, next_attempt_at = excluded.next_attempt_at,
         attempt_base = attempts
       WHERE status != 'pending'`,
    );
    this.db
      .transaction(() => {
        for (const e of events) upsert.run(webhookId, e.position, e.eventId, e.eventType, e.customerId, e.body, now);
        this.db.prepare('UPDATE delivery_requests SET cursor = ?, done = ? WHERE event_id = ?').run(cursor, done ? 1 : 0, requestId);
      })
      .immediate();
  }

  closeRequest(requestId: string): void {
    this.db.prepare('UPDATE delivery_requests SET done = 1 WHERE event_id = ?').run(requestId);
  }

  /** The delivery of one event to one webhook: its id is the event's (the webhook-id header). */
  findByEvent(webhookId: string, eventId: string): DeliveryRow | undefined {
    return this.db.prepare('SELECT * FROM deliveries WHERE webhook_id = ? AND event_id = ?').get(webhookId, eventId) as DeliveryRow | undefined;
  }

  /** The oldest pending delivery of every (webhook, customer) queue. */
  queueHeads(): QueueHead[] {
    // SQLite fills the bare column next_attempt_at from the row holding MIN(position).
    const rows = this.db
      .prepare(
        `SELECT webhook_id, customer_id, MIN(position) AS position, next_attempt_at FROM deliveries
         WHERE status = 'pending' GROUP BY webhook_id, customer_id`,
      )
      .all() as { webhook_id: string; customer_id: string; position: number; next_attempt_at: number }[];
    return rows.map((r) => ({ webhookId: r.webhook_id, customerId: r.customer_id, position: r.position, nextAttemptAt: r.next_attempt_at }));
  }

  find(webhookId: string, position: number): DeliveryRow | undefined {
    return this.db.prepare('SELECT * FROM deliveries WHERE webhook_id = ? AND position = ?').get(webhookId, position) as DeliveryRow | undefined;
  }

  record(webhookId: string, position: number, outcome: AttemptOutcome): void {
    const { result } = outcome;
    this.db
      .transaction(() => {
        const { attempts } = this.db.prepare('SELECT attempts FROM deliveries WHERE webhook_id = ? AND position = ?').get(webhookId, position) as {
          attempts: number;
        };
        const attempt = attempts + 1;
        this.db
          .prepare('INSERT INTO delivery_attempts (webhook_id, position, attempt, at, status_code, error, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(webhookId, position, attempt, outcome.at, outcome.statusCode ?? null, outcome.error ?? null, outcome.durationMs);
        const status: DeliveryStatus = result.kind === 'retry' ? 'pending' : result.kind;
        this.db
          .prepare(
            `UPDATE deliveries SET attempts = ?, status = ?, last_status = ?, last_error = ?, next_attempt_at = ?,
             delivered_at = ?, body = CASE WHEN ? = 'pending' THEN body ELSE NULL END
             WHERE webhook_id = ? AND position = ?`,
          )
          // The body (possibly personal data) is only kept while it may still be sent.
          .run(
            attempt,
            status,
            outcome.statusCode ?? null,
            outcome.error ?? null,
            result.kind === 'retry' ? result.at : outcome.at,
            result.kind === 'delivered' ? outcome.at : null,
            status,
            webhookId,
            position,
          );
      })
      .immediate();
  }

  /**
   * Rewrites the bodies of a customer's deliveries still pending (after an erasure), then checkpoints
   * the WAL into the file and truncates it, so the old bodies survive in neither.
   */
  rewritePendingBodies(customerId: string, rewrite: (body: string) => string): void {
    const rows = this.db.prepare('SELECT webhook_id, position, body FROM deliveries WHERE customer_id = ? AND body IS NOT NULL').all(customerId) as {
      webhook_id: string;
      position: number;
      body: string;
    }[];
    const update = this.db.prepare('UPDATE deliveries SET body = ? WHERE webhook_id = ? AND position = ?');
    this.db.transaction(() => rows.forEach((row) => update.run(rewrite(row.body), row.webhook_id, row.position))).immediate();
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /** A deleted webhook's queue is dropped. */
  cancelPending(webhookId: string): void {
    this.db.prepare("UPDATE deliveries SET status = 'cancelled', body = NULL WHERE webhook_id = ? AND status = 'pending'").run(webhookId);
  }

  recent(webhookId: string, limit: number, status?: DeliveryStatus): DeliveryRow[] {
    const filter = status ? 'AND status = ?' : '';
    const params: unknown[] = status ? [webhookId, status, limit] : [webhookId, limit];
    return this.db.prepare(`SELECT * FROM deliveries WHERE webhook_id = ? ${filter} ORDER BY position DESC LIMIT ?`).all(...params) as DeliveryRow[];
  }

  attempts(webhookId: string, position: number): AttemptRow[] {
    return this.db
      .prepare('SELECT attempt, at, status_code, error, duration_ms FROM delivery_attempts WHERE webhook_id = ? AND position = ? ORDER BY attempt')
      .all(webhookId, position) as AttemptRow[];
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

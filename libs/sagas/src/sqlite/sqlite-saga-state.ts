import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import type { ParkedReaction, SagaState } from '../feed/saga-state.port.js';
import type { EvaluationRun } from '../scheduler/evaluation-run.js';

// The saga state in one SQLite file beside the event store in DATA_DIR (sagas.db).
const SCHEMA = `
CREATE TABLE IF NOT EXISTS saga_checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS parked_reactions (
  id             TEXT PRIMARY KEY,
  rule_id        TEXT NOT NULL,
  customer_id    TEXT NOT NULL,
  causation_id   TEXT NOT NULL,
  cause_position INTEGER,
  error          TEXT NOT NULL,
  attempts       INTEGER NOT NULL,
  parked_at      TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS evaluation_runs (name TEXT PRIMARY KEY, run TEXT NOT NULL);
`;

interface ParkedRow {
  id: string;
  rule_id: string;
  customer_id: string;
  causation_id: string;
  cause_position: number | null;
  error: string;
  attempts: number;
  parked_at: string;
}

function toParked(row: ParkedRow): ParkedReaction {
  return {
    id: row.id,
    ruleId: row.rule_id,
    customerId: row.customer_id,
    causationId: row.causation_id,
    ...(row.cause_position === null ? {} : { causePosition: row.cause_position }),
    error: row.error,
    attempts: row.attempts,
    parkedAt: row.parked_at,
  };
}

export class SqliteSagaState implements SagaState {
  private readonly db: Database;

  constructor(file: string) {
    this.db = new BetterSqlite3(file);
    if (file !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
  }

  async load(name: string): Promise<number | undefined> {
    const row = this.db.prepare('SELECT position FROM saga_checkpoints WHERE name = ?').get(name) as { position: number } | undefined;
    return row?.position;
  }

  async save(name: string, position: number): Promise<void> {
    // MAX: a slower writer must not undo a newer checkpoint.
    this.db
      .prepare('INSERT INTO saga_checkpoints (name, position) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET position = MAX(position, excluded.position)')
      .run(name, position);
  }

  async park(reaction: ParkedReaction): Promise<void> {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO parked_reactions (id, rule_id, customer_id, causation_id, cause_position, error, attempts, parked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        reaction.id,
        reaction.ruleId,
        reaction.customerId,
        reaction.causationId,
        reaction.causePosition ?? null,
        reaction.error,
        reaction.attempts,
        reaction.parkedAt,
      );
  }

  async list(limit: number): Promise<ParkedReaction[]> {
    const rows = this.db.prepare('SELECT * FROM parked_reactions ORDER BY parked_at DESC, id LIMIT ?').all(limit) as ParkedRow[];
    return rows.map(toParked);
  }

  async find(id: string): Promise<ParkedReaction | undefined> {
    const row = this.db.prepare('SELECT * FROM parked_reactions WHERE id = ?').get(id) as ParkedRow | undefined;
    return row && toParked(row);
  }

  async release(id: string): Promise<void> {
    this.db.prepare('DELETE FROM parked_reactions WHERE id = ?').run(id);
  }

  async unfinishedRun(name: string): Promise<EvaluationRun | undefined> {
    const row = this.db.prepare('SELECT run FROM evaluation_runs WHERE name = ?').get(name) as { run: string } | undefined;
    return row ? (JSON.parse(row.run) as EvaluationRun) : undefined;
  }

  async recordRun(name: string, run: EvaluationRun): Promise<void> {
    this.db.prepare('INSERT INTO evaluation_runs (name, run) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET run = excluded.run').run(name, JSON.stringify(run));
  }

  async finishRun(name: string): Promise<void> {
    this.db.prepare('DELETE FROM evaluation_runs WHERE name = ?').run(name);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

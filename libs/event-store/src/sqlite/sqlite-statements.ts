import type { Database, Statement } from 'better-sqlite3';

export interface EventRow {
  position: number;
  id: string;
  stream_id: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
}

export interface StreamHeadRow {
  revision: number;
  position: number;
  hash: string;
}

export interface EventLocationRow {
  stream_id: string;
  revision: number;
  position: number;
}

const COLUMNS = 'position, id, stream_id, revision, type, data, metadata';

/** Prepared once per store; the feed query has one variant per filter combination. */
export class SqliteStatements {
  readonly insert: Statement<[string, string, number, string, string, string]>;
  readonly streamHead: Statement<[string], StreamHeadRow>;
  readonly locateEvent: Statement<[string], EventLocationRow>;
  readonly readStream: Statement<[string, number, number, number], EventRow>;
  /** Whole streams named by a JSON array of ids, each in revision order. */
  readonly readStreams: Statement<[string], EventRow>;
  readonly headPosition: Statement<[], { head: number | null }>;
  private readonly feedVariants = new Map<string, Statement<unknown[], EventRow>>();

  constructor(private readonly db: Database) {
    this.insert = db.prepare('INSERT INTO events (id, stream_id, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)');
    this.streamHead = db.prepare(
      "SELECT revision, position, json_extract(metadata, '$.hash') AS hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1",
    );
    this.locateEvent = db.prepare('SELECT stream_id, revision, position FROM events WHERE id = ?');
    this.readStream = db.prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? AND revision <= ? ORDER BY revision LIMIT ?`);
    this.readStreams = db.prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id IN (SELECT value FROM json_each(?)) ORDER BY stream_id, revision`);
    this.headPosition = db.prepare('SELECT max(position) AS head FROM events');
  }

  /**
   * Types are bound as a JSON array so one statement serves any number of them; each stream prefix
   * is a range `[prefix, next)` — a plain comparison per row, much cheaper than a subquery. The
   * unary `+` keeps SQLite from using the (stream_id, revision) index for the range, which would
   * trade the position order of the page for a sort.
   */
  feed(byType: boolean, prefixCount: number): Statement<unknown[], EventRow> {
    const key = `${byType}:${prefixCount}`;
    let statement = this.feedVariants.get(key);
    if (!statement) {
      const conditions = ['position > ?'];
      if (byType) conditions.push('type IN (SELECT value FROM json_each(?))');
      if (prefixCount > 0) conditions.push(`(${Array(prefixCount).fill('(+stream_id >= ? AND +stream_id < ?)').join(' OR ')})`);
      statement = this.db.prepare(`SELECT ${COLUMNS} FROM events WHERE ${conditions.join(' AND ')} ORDER BY position LIMIT ?`);
      this.feedVariants.set(key, statement);
    }
    return statement;
  }
}

import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import type { Clock } from '#shared';
import { assertDistinctStreams, DuplicateEventIdError, WrongExpectedRevisionError } from '../event-store.errors.js';
import type {
  AppendResult,
  EventMetadata,
  EventStore,
  EventSubscription,
  ExpectedRevision,
  GlobalPosition,
  ProposedEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamAppend,
  StreamRevision,
  SubscribeOptions,
} from '../event-store.port.js';
import { satisfiesExpectedRevision } from '../expected-revision.js';
import { GENESIS_HASH, sealMetadata } from '../hash-chain.js';
import { OpenSubscriptions } from '../open-subscriptions.js';
import { GroupCommit, type Outcome } from './group-commit.js';
import { configureDatabase } from './sqlite-schema.js';
import { type EventRow, SqliteStatements } from './sqlite-statements.js';
import { SqliteSubscription } from './sqlite-subscription.js';

export interface SqliteEventStoreOptions {
  /** How often live subscriptions look for appends made by other processes. */
  pollIntervalMs?: number;
  /** 'full' fsyncs every append (survives power loss); the default 'normal' survives process crashes. */
  durability?: 'normal' | 'full';
}

export function openSqliteEventStore(file: string, clock: Clock, options: SqliteEventStoreOptions = {}): SqliteEventStore {
  const db = new BetterSqlite3(file);
  configureDatabase(db, file === ':memory:' || file === '', options.durability ?? 'normal');
  return new SqliteEventStore(db, clock, options.pollIntervalMs ?? 150);
}

export class SqliteEventStore implements EventStore {
  private readonly statements: SqliteStatements;
  private readonly appendListeners = new Set<() => void>();
  private readonly subscriptions = new OpenSubscriptions<SqliteSubscription>();
  private readonly appends: GroupCommit<readonly StreamAppend[], AppendResult[]>;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly pollIntervalMs: number,
  ) {
    this.statements = new SqliteStatements(db);
    // Called inside the batch's transaction, each member (one append, or all the parts of one
    // multi-stream append) runs in a savepoint of its own: a member that fails (wrong expected
    // revision, reused id) rolls back alone, all its parts with it, and the other members still land.
    const member = db.transaction((parts: readonly StreamAppend[]) => parts.map((part) => this.appendUnsafe(part.streamId, part.events, part.expected)));
    const batch = db.transaction((requests: readonly (readonly StreamAppend[])[]) =>
      requests.map((parts): Outcome<(AppendResult & { appended: boolean })[]> => {
        try {
          return { ok: true, value: member(parts) };
        } catch (error) {
          return { ok: false, error };
        }
      }),
    );
    this.appends = new GroupCommit((requests) => {
      // BEGIN IMMEDIATE takes the write lock before the revision checks, so another process cannot
      // slip in between a read and its insert (and we wait on busy_timeout instead of failing).
      const outcomes = batch.immediate(requests);
      if (outcomes.some((outcome) => outcome.ok && outcome.value.some((part) => part.appended))) for (const listener of [...this.appendListeners]) listener();
      return outcomes.map((outcome) =>
        outcome.ok ? { ok: true, value: outcome.value.map(({ nextRevision, position }) => ({ nextRevision, position })) } : outcome,
      );
    });
  }

  /** Appends arriving in the same turn of the event loop share one transaction (one commit); each keeps its own check and result. */
  async append(streamId: string, events: readonly ProposedEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const [result] = await this.appends.submit([{ streamId, events, expected }]);
    return result;
  }

  /** One member of the group commit: all its parts in one savepoint, so they land together or not at all. */
  async appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    assertDistinctStreams(appends);
    return this.appends.submit(appends);
  }

  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const streams = new Map<string, RecordedEvent[]>(streamIds.map((id) => [id, []]));
    if (streamIds.length === 0) return streams;
    for (const row of this.statements.readStreams.all(JSON.stringify(streamIds))) streams.get(row.stream_id)?.push(toRecordedEvent(row));
    return streams;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const rows = this.statements.readStream.all(streamId, options.fromRevision ?? 0, options.toRevision ?? Number.MAX_SAFE_INTEGER, options.maxCount ?? -1);
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const types = nonEmpty(options.types);
    // An empty prefix matches every stream: no filter at all.
    const prefixes = options.streamPrefixes?.includes('') ? undefined : nonEmpty(options.streamPrefixes);
    const params: unknown[] = [options.after ?? 0];
    if (types) params.push(JSON.stringify(types));
    for (const prefix of prefixes ?? []) params.push(prefix, prefixUpperBound(prefix));
    params.push(options.limit);
    return this.statements
      .feed(Boolean(types), prefixes?.length ?? 0)
      .all(...params)
      .map(toRecordedEvent);
  }

  subscribeToAll(options: SubscribeOptions): EventSubscription {
    const subscription = new SqliteSubscription(
      { readAll: (o) => this.readAll(o), headPosition: () => this.headPosition(), onAppend: (listener) => this.onAppend(listener) },
      options,
      this.pollIntervalMs,
    );
    return this.subscriptions.track(subscription);
  }

  async headPosition(): Promise<GlobalPosition> {
    return this.statements.headPosition.get()?.head ?? 0;
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.appends.flush();
    await this.subscriptions.closeAll();
    if (this.db.open) this.db.close();
  }

  private onAppend(listener: () => void): () => void {
    this.appendListeners.add(listener);
    return () => this.appendListeners.delete(listener);
  }

  /** Runs inside BEGIN IMMEDIATE. */
  private appendUnsafe(streamId: string, events: readonly ProposedEvent[], expected: ExpectedRevision): AppendResult & { appended: boolean } {
    const retried = this.findPreviousAppend(streamId, events);
    if (retried) return { ...retried, appended: false };

    const head = this.statements.streamHead.get(streamId);
    const current: StreamRevision = head?.revision ?? -1;
    if (!satisfiesExpectedRevision(expected, current)) throw new WrongExpectedRevisionError(streamId, expected, current);

    const recordedAt = this.clock.now().toISOString();
    let prevHash = head?.hash ?? GENESIS_HASH;
    let revision = current;
    let position = head?.position ?? 0;
    for (const event of events) {
      revision += 1;
      const metadata = sealMetadata(prevHash, event, recordedAt);
      position = this.insert(streamId, revision, event, metadata);
      prevHash = metadata.hash;
    }
    return { nextRevision: revision, position, appended: events.length > 0 };
  }

  private insert(streamId: string, revision: number, event: ProposedEvent, metadata: EventMetadata): number {
    try {
      const info = this.statements.insert.run(event.id, streamId, revision, event.type, JSON.stringify(event.data), JSON.stringify(metadata));
      return Number(info.lastInsertRowid);
    } catch (error) {
      // The only unique key we can hit here is the event id: the revision was checked under the write lock.
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new DuplicateEventIdError(event.id);
      throw error;
    }
  }

  /**
   * An idempotent retry: the same ids already sit in this stream as consecutive events.
   * Only the first id is looked up on the hot path; a later id reused elsewhere hits the unique key.
   */
  private findPreviousAppend(streamId: string, events: readonly ProposedEvent[]): AppendResult | undefined {
    if (events.length === 0) return undefined;
    const first = this.statements.locateEvent.get(events[0].id);
    if (!first) return undefined;
    let last = first;
    for (let i = 0; i < events.length; i += 1) {
      const found = i === 0 ? first : this.statements.locateEvent.get(events[i].id);
      if (!found || found.stream_id !== streamId || found.revision !== first.revision + i) {
        throw new DuplicateEventIdError(events[i].id);
      }
      last = found;
    }
    return { nextRevision: last.revision, position: last.position };
  }
}

function nonEmpty(list: readonly string[] | undefined): readonly string[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.id,
    type: row.type,
    streamId: row.stream_id,
    revision: row.revision,
    position: row.position,
    data: JSON.parse(row.data) as Record<string, unknown>,
    metadata: JSON.parse(row.metadata) as EventMetadata,
  };
}

/** The smallest string greater than every string starting with `prefix` (prefixes are ASCII stream names). */
function prefixUpperBound(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

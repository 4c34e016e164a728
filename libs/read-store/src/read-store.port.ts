// The ReadStore port: documents kept by projections, written together with each projection's
// checkpoint. Two adapters (sqlite/, mongodb/) pass test/contract/read-store.contract.ts.

/** A global position of the event store (see libs/event-store). 0 = nothing applied yet. */
export type Checkpoint = number;

export interface ReadDocument {
  id: string;
  [field: string]: unknown;
}

/** A document with the global position of the last event applied to it (the idempotency guard). */
export interface Versioned<T extends ReadDocument> {
  document: T;
  position: number;
}

type FieldKind = 'text' | 'number';

/**
 * What a read model's collection needs from the store: which top-level fields are filtered or
 * sorted on (indexed), which hold string arrays (tags), which are searched by `text`.
 */
export interface CollectionSpec {
  name: string;
  fields: Record<string, FieldKind>;
  multiValued?: readonly string[];
  /** Dotted paths searched by a case-insensitive substring (`q`). */
  searchable?: readonly string[];
  /**
   * Indexes over several scalar fields (each also in `fields`), e.g. [filter, sort key] so a filtered
   * page is read in order instead of sorted. A field leading one of them gets no index of its own.
   */
  compositeIndexes?: readonly (readonly string[])[];
  /** Fields kept as columns for `group` to read without parsing documents, but given no index of their own. */
  unindexed?: readonly string[];
  /**
   * Fields (each in `fields`) of one index that holds them all: a `group` whose keys, sums and filter
   * read only these reads that index instead of the documents (SQLite: a covering index scan).
   */
  coveringIndex?: readonly string[];
}

export type ScalarValue = string | number;

export interface DocumentFilter {
  /** field = value, or field IN values. */
  equals?: Record<string, ScalarValue | readonly ScalarValue[]>;
  /** The document's id is one of these (none given: nothing matches). */
  ids?: readonly string[];
  /** A multi-valued field contains this value. */
  has?: Record<string, string>;
  range?: Record<string, { gte?: ScalarValue; lt?: ScalarValue }>;
  /** A case-insensitive substring of any `searchable` path. */
  text?: string;
  /** A case-insensitive substring of one of these paths (each one of the collection's `searchable`). */
  textIn?: { text: string; paths: readonly string[] };
  /** At least one of these filters matches (none given: nothing matches). */
  anyOf?: readonly DocumentFilter[];
}

export interface SortOrder {
  /** An indexed field that every document of the collection has (keyset pagination needs it non-null). */
  field: string;
  direction: 'asc' | 'desc';
}

/** Where the previous page ended: the sort value and id of its last document. */
export interface KeysetPosition {
  value: ScalarValue;
  id: string;
}

export interface ListQuery {
  filter?: DocumentFilter;
  sort: SortOrder;
  after?: KeysetPosition;
  limit: number;
}

export interface DocumentPage<T extends ReadDocument> {
  items: T[];
  /** Set when there may be more: pass it as `after` to read the next page. */
  next?: KeysetPosition;
}

export interface ValueCount {
  value: ScalarValue;
  count: number;
}

/** A condition on one path of a document, for a `cases` expression (a missing value meets none). */
export interface PathCondition {
  path: string;
  equals?: ScalarValue;
  gt?: ScalarValue;
  gte?: ScalarValue;
  lt?: ScalarValue;
}

/**
 * A value computed per document for `group`: a path's value (a dotted path into the document; an
 * indexed field is read from its column; a multi-valued field gives one row per value), or the
 * `then` of the first case whose condition holds, else `otherwise`.
 */
export type GroupExpression = { path: string } | { cases: readonly { when: PathCondition; then: ScalarValue }[]; otherwise: ScalarValue | null };

export interface GroupQuery {
  /** The key of each group (at most one multi-valued path among them). No keys: one group of everything matched. */
  by: readonly GroupExpression[];
  filter?: DocumentFilter;
  /** Sums per group of numeric expressions (a missing value counts 0). */
  sum?: readonly GroupExpression[];
}

export interface GroupRow {
  /** The value of each `by` expression (null where the document has none). */
  key: (ScalarValue | null)[];
  count: number;
  sums: number[];
}

export interface CountByOptions {
  minCount?: number;
}

/** Idempotent writes: each carries the position of the event that produced it. */
export type DocumentWrite =
  { kind: 'put'; collection: string; document: ReadDocument; position: number } | { kind: 'delete'; collection: string; id: string; position: number };

export interface ReadStore {
  /** Creates tables/collections and indexes (idempotent; at start-up). */
  prepare(collections: readonly CollectionSpec[]): Promise<void>;
  /**
   * Applies the writes of one projection and moves its checkpoint, as one unit where the store can
   * (SQLite: one transaction). Elsewhere every write is guarded by its position, so a replay after a
   * crash between the writes and the checkpoint changes nothing.
   */
  commit(projection: string, writes: readonly DocumentWrite[], checkpoint: Checkpoint): Promise<void>;
  checkpoint(projection: string): Promise<Checkpoint>;
  get<T extends ReadDocument>(collection: string, id: string): Promise<Versioned<T> | undefined>;
  list<T extends ReadDocument>(collection: string, query: ListQuery): Promise<DocumentPage<T>>;
  count(collection: string, filter?: DocumentFilter): Promise<number>;
  /**
   * Documents per value of an indexed or multi-valued field, most frequent first; with `minCount`, only
   * the values at least that many documents share (a duplicate finder's GROUP BY … HAVING).
   */
  countBy(collection: string, field: string, filter?: DocumentFilter, options?: CountByOptions): Promise<ValueCount[]>;
  /** Documents counted and summed per key, computed where the documents are (SQL GROUP BY, an aggregation pipeline); in no order. */
  group(collection: string, query: GroupQuery): Promise<GroupRow[]>;
  /** Empties the projection's collections and removes its checkpoint (readers see the empty model). */
  reset(projection: string, collections: readonly string[]): Promise<void>;
  /**
   * Starts rebuilding a projection into shadow collections that readers do not see; the live ones
   * keep answering (and may keep being written) until `publish` swaps the shadow in.
   * Leftovers of an interrupted rebuild of the same projection are discarded first.
   */
  beginRebuild(projection: string, collections: readonly CollectionSpec[]): Promise<ReadModelRebuild>;
  /**
   * Lets go of the copies of overwritten documents the store keeps beside the live ones, so that data
   * replaced by an erasure cannot be read back from its files (SQLite: truncates the WAL into read.db,
   * whose secure_delete zeroes freed space). MongoDB has nothing to do here: a no-op.
   */
  compact(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A read model being rebuilt out of sight: its own documents, its own checkpoint. */
export interface ReadModelRebuild {
  /** A document of the shadow collections (only what this rebuild wrote). */
  get<T extends ReadDocument>(collection: string, id: string): Promise<Versioned<T> | undefined>;
  /** Like ReadStore.commit, into the shadow; the checkpoint is the rebuild's own until publish. */
  commit(writes: readonly DocumentWrite[], checkpoint: Checkpoint): Promise<void>;
  /** Indexes the shadow, then in one step makes it the live model with its checkpoint; drops the old one. */
  publish(): Promise<void>;
  /** Drops the shadow; the live model is untouched. */
  discard(): Promise<void>;
}

export const READ_STORE = Symbol('ReadStore');

export class UnknownCollectionError extends Error {
  constructor(readonly collection: string) {
    super(`Unknown read-model collection: ${collection}`);
    this.name = 'UnknownCollectionError';
  }
}

export class UnindexedFieldError extends Error {
  constructor(
    readonly collection: string,
    readonly field: string,
  ) {
    super(`Field ${field} of ${collection} is not indexed`);
    this.name = 'UnindexedFieldError';
  }
}

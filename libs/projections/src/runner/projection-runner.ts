import { isPermanentSubscriptionFailure, type EventStore, type EventSubscription, type RecordedEvent } from '#event-store';
import type { ReadStore } from '#read-store';
import type { Projection } from '../projection.js';
import { BatchDocuments } from './batch-documents.js';
import { nextOrIdle, IDLE } from './next-or-idle.js';
import { CUSTOMER_STREAM_PREFIX, type CustomerEventType } from '#domain';
import { replayFeed, ReplayTarget, type ReplayOptions } from './replay-feed.js';

const ERASURE_EVENT: CustomerEventType = 'CustomerPersonalDataErased';

export interface ProjectionRunnerOptions {
  /** Events per commit during catch-up; live traffic commits as soon as the feed goes quiet. */
  batchSize?: number;
  /** First pause before resubscribing after a transient failure; doubles per failure in a row. */
  retryDelayMs?: number;
  /** The longest pause between two resubscriptions. */
  maxRetryDelayMs?: number;
  onError?: (projection: string, error: unknown) => void;
  /** The subscription failed permanently: the runner stopped and stays stopped until started again. */
  onFailed?: (projection: string, error: Error) => void;
  now?: () => Date;
}

type ProjectionState = 'running' | 'stopped' | 'failed';

export interface ProjectionStatus {
  name: string;
  state: ProjectionState;
  running: boolean;
  /** A rebuild is filling shadow collections; the live model keeps answering meanwhile. */
  rebuilding: boolean;
  /** Position of the last event committed with the read model. */
  position: number;
  lastError?: string;
  /** When a permanent failure stopped the runner (ISO time). */
  failedAt?: string;
}

/**
 * Feeds one projection from the global feed (customer streams only), starting after its stored
 * checkpoint, and commits each batch of document writes together with the new checkpoint.
 */
export class ProjectionRunner {
  private subscription: EventSubscription | undefined;
  private loop: Promise<void> | undefined;
  private stopped = true;
  private position = 0;
  /** Position of the last event applied in memory, committed or not. */
  private pendingPosition = 0;
  private lastError: string | undefined;
  private failedAt: string | undefined;
  /** Transient failures since the last commit: the backoff grows with them. */
  private failuresInRow = 0;
  /** Set by an erasure in the batch: the store compacts once the batch is committed. */
  private compactAfterFlush = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly documents: BatchDocuments;
  private rebuilding: Promise<void> | undefined;
  private rebuildAbort: AbortController | undefined;

  constructor(
    private readonly events: EventStore,
    private readonly store: ReadStore,
    readonly projection: Projection,
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.documents = new BatchDocuments(store);
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    this.failedAt = undefined;
    await this.store.prepare(this.projection.collections);
    await this.subscribe();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.subscription?.close();
    await this.loop;
    this.subscription = undefined;
    this.loop = undefined;
  }

  /**
   * Replays the whole feed into shadow collections while the live model keeps answering and
   * following the feed; when the shadow has caught up, stops the live runner, applies the few
   * events that arrived meanwhile, swaps the shadow in and resumes from its checkpoint. Ends
   * running. A second call while one is in progress joins it.
   */
  rebuild(options: Omit<ReplayOptions, 'signal'> = {}): Promise<void> {
    this.rebuilding ??= this.rebuildOnce(options).finally(() => {
      this.rebuilding = undefined;
      this.rebuildAbort = undefined;
    });
    return this.rebuilding;
  }

  /** Abandons a rebuild in progress (its shadow is dropped); the live model stays. */
  async cancelRebuild(): Promise<void> {
    this.rebuildAbort?.abort();
    await this.rebuilding?.catch(() => undefined);
  }

  private async rebuildOnce(options: Omit<ReplayOptions, 'signal'>): Promise<void> {
    this.rebuildAbort = new AbortController();
    const replay = { ...options, signal: this.rebuildAbort.signal };
    const target = new ReplayTarget(this.projection, await this.store.beginRebuild(this.projection.name, this.projection.collections));
    try {
      await replayFeed(this.events, [target], 0, replay);
      await this.stop();
      await replayFeed(this.events, [target], target.position, replay);
      await target.rebuild.publish();
    } catch (error) {
      await target.rebuild.discard().catch(() => undefined);
      if (!this.rebuildAbort.signal.aborted) await this.start();
      throw error;
    }
    await this.start();
  }

  status(): ProjectionStatus {
    return {
      name: this.projection.name,
      state: this.failedAt ? 'failed' : this.stopped ? 'stopped' : 'running',
      running: !this.stopped,
      rebuilding: this.rebuilding !== undefined,
      position: this.position,
      ...(this.lastError ? { lastError: this.lastError } : {}),
      ...(this.failedAt ? { failedAt: this.failedAt } : {}),
    };
  }

  private async subscribe(): Promise<void> {
    this.documents.clear();
    this.position = await this.store.checkpoint(this.projection.name);
    this.pendingPosition = this.position;
    const subscription = this.events.subscribeToAll({ after: this.position, streamPrefixes: [CUSTOMER_STREAM_PREFIX] });
    this.subscription = subscription;
    this.loop = this.consume(subscription).catch((error: unknown) => this.fail(subscription, error));
  }

  private async consume(subscription: EventSubscription): Promise<void> {
    const batchSize = this.options.batchSize ?? 1000;
    const iterator = subscription[Symbol.asyncIterator]();
    let pending = iterator.next();
    let applied = 0;
    for (;;) {
      const result = applied === 0 ? await pending : await nextOrIdle(pending);
      if (result === IDLE) {
        await this.flush();
        applied = 0;
        continue;
      }
      if (result.done) break;
      pending = iterator.next();
      if (await this.apply(result.value)) applied += 1;
      if (applied >= batchSize) {
        await this.flush();
        applied = 0;
      }
    }
    if (applied > 0) await this.flush();
  }

  private async apply(event: RecordedEvent): Promise<boolean> {
    if (event.position <= this.pendingPosition) return false; // redelivered
    await this.projection.apply(event, this.documents.forEvent(event.position));
    this.pendingPosition = event.position;
    if (event.type === ERASURE_EVENT) this.compactAfterFlush = true;
    return true;
  }

  private async flush(): Promise<void> {
    if (this.pendingPosition <= this.position) return;
    await this.store.commit(this.projection.name, this.documents.drainWrites(), this.pendingPosition);
    this.position = this.pendingPosition;
    this.lastError = undefined;
    this.failuresInRow = 0;
    if (this.compactAfterFlush) {
      // The erased values were overwritten just now; their old pages must not outlive the erasure.
      await this.store.compact();
      this.compactAfterFlush = false;
    }
  }

  /**
   * Uncommitted work is dropped. A permanent subscription failure stops the runner (resubscribing
   * would fail the same way); anything else resumes from the stored checkpoint after a capped backoff.
   */
  private async fail(subscription: EventSubscription, error: unknown): Promise<void> {
    this.lastError = error instanceof Error ? error.message : String(error);
    this.options.onError?.(this.projection.name, error);
    await subscription.close().catch(() => undefined);
    if (this.stopped) return;
    if (isPermanentSubscriptionFailure(subscription, error)) {
      this.stopped = true;
      this.failedAt = (this.options.now?.() ?? new Date()).toISOString();
      this.options.onFailed?.(this.projection.name, error as Error);
      return;
    }
    this.failuresInRow += 1;
    const first = this.options.retryDelayMs ?? 1000;
    const wait = Math.min(first * 2 ** (this.failuresInRow - 1), this.options.maxRetryDelayMs ?? 30_000);
    this.retryTimer = setTimeout(() => {
      if (!this.stopped) void this.subscribe().catch((e: unknown) => this.fail(subscription, e));
    }, wait);
  }
}

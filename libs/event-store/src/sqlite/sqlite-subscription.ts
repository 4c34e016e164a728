import { startBeyondHead, SubscriptionFailedError } from '../event-store.errors.js';
import type { EventSubscription, GlobalPosition, ReadAllOptions, RecordedEvent, SubscribeOptions } from '../event-store.port.js';

export interface FeedSource {
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  headPosition(): Promise<GlobalPosition>;
  /** Calls the listener after each commit made through this process's store; returns the unsubscribe. */
  onAppend(listener: () => void): () => void;
}

const PAGE_SIZE = 500;
/**
 * An in-process append wakes the subscription after this short pause, so that a burst of appends
 * (many concurrent commands) costs one read of the feed per subscriber instead of one per append.
 */
const APPEND_COALESCE_MS = 3;

/**
 * Catch-up by pages of the feed, then live: woken at once by in-process appends and by a poll timer
 * for appends made by other processes (a CLI) on the same file.
 */
export class SqliteSubscription implements EventSubscription {
  private after: GlobalPosition;
  private closed = false;
  private wake: (() => void) | undefined;
  private readonly stopListening: () => void;
  private pendingWake = false;
  private coalescing: NodeJS.Timeout | undefined;
  private stoppedBy: Error | undefined;

  constructor(
    private readonly source: FeedSource,
    private readonly options: SubscribeOptions,
    private readonly pollIntervalMs: number,
  ) {
    this.after = options.after ?? 0;
    this.stopListening = source.onAppend(() => this.signalSoon());
  }

  /** A start beyond the head or a stored row that cannot be read stops the subscription; other errors (SQLITE_BUSY) may be retried. */
  get failure(): Error | undefined {
    return this.stoppedBy;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    try {
      // Positions are rowids: one beyond the head would silently skip the events appended up to it.
      const head = this.after > 0 ? await this.source.headPosition() : 0;
      if (this.after > head) throw (this.stoppedBy = startBeyondHead(this.after, head));
      while (!this.closed) {
        // Cleared before reading: an append that lands during the read sets it again.
        this.pendingWake = false;
        const page = await this.readPage();
        for (const event of page) {
          if (this.closed) return;
          this.after = event.position;
          yield event;
        }
        if (page.length < PAGE_SIZE) await this.waitForWake();
      }
    } finally {
      this.stopListening();
    }
  }

  private async readPage(): Promise<RecordedEvent[]> {
    try {
      return await this.source.readAll({ after: this.after, types: this.options.types, streamPrefixes: this.options.streamPrefixes, limit: PAGE_SIZE });
    } catch (error) {
      // JSON.parse of a stored row: the same row fails on every resubscription.
      if (!(error instanceof SyntaxError)) throw error;
      this.stoppedBy = new SubscriptionFailedError(`An event after position ${this.after} cannot be read: ${error.message}`, { cause: error });
      throw this.stoppedBy;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopListening();
    clearTimeout(this.coalescing);
    this.signal();
  }

  private signalSoon(): void {
    this.coalescing ??= setTimeout(() => {
      this.coalescing = undefined;
      this.signal();
    }, APPEND_COALESCE_MS);
  }

  private signal(): void {
    this.pendingWake = true;
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private waitForWake(): Promise<void> {
    if (this.pendingWake || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        if (this.wake === done) this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.pollIntervalMs);
      this.wake = done;
    });
  }
}

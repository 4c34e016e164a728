import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { isPermanentSubscriptionFailure, type EventStore, type EventSubscription, type RecordedEvent } from '#event-store';
import { CUSTOMER_STREAM_PREFIX } from '#domain';
import { rehydrate, type CustomerFeedEvent } from './feed-events.js';
import type { ReactionLedger } from './reaction-ledger.js';
import type { SagaCheckpoints } from './saga-state.port.js';

export interface SagaFeederOptions {
  /** Checkpoint name. */
  name: string;
  /** Events whose reactions may run at once; reading pauses beyond it. */
  maxInFlight?: number;
  /** First pause before resubscribing after a transient failure; doubles per failure in a row. */
  retryDelayMs?: number;
  /** The longest pause between two resubscriptions. */
  maxRetryDelayMs?: number;
  onError?: (error: unknown) => void;
  /** The subscription failed permanently: the feeder stopped and stays stopped until started again. */
  onFailed?: (error: Error) => void;
  now?: () => Date;
  /**
   * Where a feed with no checkpoint yet starts: `beginning` reacts to the whole history; `head` saves
   * the current head as its checkpoint and reacts only to what is appended from then on. Default `beginning`.
   */
  firstStart?: 'beginning' | 'head';
  onFirstStart?: (position: number) => void;
  /** Events dispatched between two yields to the event loop (a catch-up must not starve the process). */
  yieldEvery?: number;
  /** Called every `progressEvery` events read, with the position reached. */
  onProgress?: (position: number) => void;
  progressEvery?: number;
}

export interface SagaFeederStatus {
  state: 'running' | 'stopped' | 'failed';
  position: number;
  lastError?: string;
  /** When a permanent failure stopped the feeder (ISO time). */
  failedAt?: string;
}

interface InFlight {
  position: number;
  settled: boolean;
}

/**
 * Feeds the sagas from the store's global feed (customer streams), resuming after a durable checkpoint.
 *
 * Checkpointing: in-flight work is tracked, and the checkpoint only ever moves to the low-water mark —
 * the newest position such that it and every position before it have had all their reactions settle.
 * A crash therefore redelivers at most the events whose reactions may be unfinished; those reactions
 * are idempotent (keys derived from the causing event), so redelivery adds nothing.
 */
export class SagaFeeder {
  private subscription: EventSubscription | undefined;
  private loop: Promise<void> | undefined;
  private readonly window: InFlight[] = [];
  private readonly waiting = new Set<Promise<void>>();
  private stopped = true;
  private checkpoint = 0;
  /** Checkpoint writes, one after another so that they land in order. */
  private saving: Promise<void> = Promise.resolve();
  private retryTimer: NodeJS.Timeout | undefined;
  private lastError: string | undefined;
  private failedAt: string | undefined;
  /** Transient failures since events last flowed: the backoff grows with them. */
  private failuresInRow = 0;

  constructor(
    private readonly store: EventStore,
    private readonly checkpoints: SagaCheckpoints,
    private readonly ledger: ReactionLedger,
    private readonly publish: (event: CustomerFeedEvent) => void,
    private readonly options: SagaFeederOptions,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.failedAt = undefined;
    this.subscribe();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.subscription?.close();
    await this.loop;
    await this.settleAll();
    await this.saving;
  }

  /** The position up to which every reaction has settled (what a restart resumes after). */
  position(): number {
    return this.checkpoint;
  }

  status(): SagaFeederStatus {
    return {
      state: this.failedAt ? 'failed' : this.stopped ? 'stopped' : 'running',
      position: this.checkpoint,
      ...(this.lastError ? { lastError: this.lastError } : {}),
      ...(this.failedAt ? { failedAt: this.failedAt } : {}),
    };
  }

  /** Resolves once every reaction started so far has settled. */
  async idle(): Promise<void> {
    await this.settleAll();
  }

  private subscribe(): void {
    this.loop = this.run().catch((error: unknown) => this.fail(error));
  }

  private async run(): Promise<void> {
    this.checkpoint = await this.startPosition();
    if (this.stopped) return;
    const subscription = this.store.subscribeToAll({ after: this.checkpoint, streamPrefixes: [CUSTOMER_STREAM_PREFIX] });
    this.subscription = subscription;
    await this.consume(subscription);
  }

  /** The saved checkpoint; without one, the start chosen by `firstStart`, saved at once so a restart keeps it. */
  private async startPosition(): Promise<number> {
    await this.saving; // a resubscription after a failure resumes from the newest checkpoint
    const saved = await this.checkpoints.load(this.options.name);
    if (saved !== undefined) return saved;
    if (this.options.firstStart !== 'head') return 0;
    const head = await this.store.headPosition();
    await this.checkpoints.save(this.options.name, head);
    this.options.onFirstStart?.(head);
    return head;
  }

  private async consume(subscription: EventSubscription): Promise<void> {
    const maxInFlight = this.options.maxInFlight ?? 64;
    const yieldEvery = this.options.yieldEvery ?? 64;
    const progressEvery = this.options.progressEvery ?? 10_000;
    let read = 0;
    for await (const recorded of subscription) {
      if (recorded.position <= this.lastQueued()) continue; // redelivered by a resubscription
      this.failuresInRow = 0;
      this.lastError = undefined;
      this.dispatch(recorded);
      read += 1;
      if (read % progressEvery === 0) this.options.onProgress?.(recorded.position);
      // A synchronous store resolves reads and reactions as microtasks only: without this, a long
      // catch-up would hold the event loop (and every HTTP request) until it reached the head.
      if (read % yieldEvery === 0) await yieldToEventLoop();
      while (this.window.length >= maxInFlight && this.waiting.size > 0) await Promise.race(this.waiting);
    }
  }

  private dispatch(recorded: RecordedEvent): void {
    const entry: InFlight = { position: recorded.position, settled: false };
    this.window.push(entry);
    const event = rehydrate(recorded);
    const reactions = event ? this.ledger.collect(recorded.position, () => this.publish(event)) : Promise.resolve();
    const tracked = reactions.then(() => {
      entry.settled = true;
      this.waiting.delete(tracked);
      this.advance();
    });
    this.waiting.add(tracked);
  }

  /** Moves the checkpoint over the settled prefix of the window. */
  private advance(): void {
    let position = this.checkpoint;
    while (this.window.length > 0 && this.window[0].settled) position = (this.window.shift() as InFlight).position;
    if (position === this.checkpoint) return;
    this.checkpoint = position;
    this.saving = this.saving.then(() => this.checkpoints.save(this.options.name, position)).catch((error: unknown) => this.options.onError?.(error));
  }

  private lastQueued(): number {
    return this.window.at(-1)?.position ?? this.checkpoint;
  }

  private async settleAll(): Promise<void> {
    while (this.waiting.size > 0) await Promise.all([...this.waiting]);
  }

  /**
   * Waits for what is running. A permanent subscription failure stops the feeder (resubscribing would
   * fail the same way); anything else resumes from the durable checkpoint after a capped backoff.
   */
  private async fail(error: unknown): Promise<void> {
    this.lastError = error instanceof Error ? error.message : String(error);
    this.options.onError?.(error);
    await this.subscription?.close().catch(() => undefined);
    await this.settleAll();
    if (this.stopped) return;
    if (isPermanentSubscriptionFailure(this.subscription, error)) {
      this.stopped = true;
      this.failedAt = (this.options.now?.() ?? new Date()).toISOString();
      this.options.onFailed?.(error as Error);
      return;
    }
    this.failuresInRow += 1;
    const first = this.options.retryDelayMs ?? 1000;
    const wait = Math.min(first * 2 ** (this.failuresInRow - 1), this.options.maxRetryDelayMs ?? 30_000);
    this.retryTimer = setTimeout(() => {
      if (!this.stopped) this.subscribe();
    }, wait);
  }
}

import type { AllStreamSubscription } from '@kurrent/kurrentdb-client';
import { startBeyondHead } from '../event-store.errors.js';
import type { EventSubscription, GlobalPosition, RecordedEvent, SubscribeOptions } from '../event-store.port.js';
import type { KurrentDbConnection } from './eventstoredb-client.js';
import { fromRecordedEvent, isTransientError, matchesFeedFilter, serverFilterFor, toNativePosition } from './eventstoredb-mapping.js';

const FIRST_RETRY_DELAY_MS = 100;
const MAX_RETRY_DELAY_MS = 5000;
const CLOSED = Symbol('closed');

export interface SubscriptionLogger {
  warn(message: string): void;
}

/** Without a logger of the host, retries go to Node's process warnings (stderr). */
export const processWarnings: SubscriptionLogger = { warn: (message) => process.emitWarning(message, 'EventStoreDbSubscription') };

/**
 * Catch-up then live over a server-side filtered $all subscription. A transient failure (node
 * unavailable, deadline exceeded, not the leader, or the server ending the stream) is logged and
 * retried with capped backoff, resubscribing after the last delivered position, so a position at or
 * before it is never yielded twice. Any other failure stops the subscriber: the iteration rejects
 * with it and `failure` keeps it for whoever reports the subscriber's health.
 * Checkpoints are not used to advance the resume point: they can arrive before buffered events
 * were consumed, and resuming from one could then skip those events.
 */
export class EventStoreDbSubscription implements EventSubscription {
  private closed = false;
  private current: AllStreamSubscription | undefined;
  private lastDelivered: GlobalPosition;
  private stoppedBy: Error | undefined;
  private wake: (() => void) | undefined;
  private signalClosed: () => void = () => undefined;
  private readonly closedSignal = new Promise<typeof CLOSED>((resolve) => (this.signalClosed = () => resolve(CLOSED)));

  constructor(
    private readonly connection: KurrentDbConnection,
    private readonly options: SubscribeOptions,
    private readonly logger: SubscriptionLogger = processWarnings,
    /** The newest position, to refuse a start beyond it; omitted: not checked. */
    private readonly head?: () => Promise<GlobalPosition>,
  ) {
    this.lastDelivered = options.after ?? 0;
  }

  /** The error that stopped this subscriber; undefined while it runs or after a clean close. */
  get failure(): Error | undefined {
    return this.stoppedBy;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    await this.refuseStartBeyondHead();
    let failures = 0;
    while (!this.closed) {
      const raw = this.connection.subscribeToAll(toNativePosition(this.lastDelivered), serverFilterFor(this.options));
      this.current = raw;
      let reason: string;
      const events = (raw as AsyncIterable<{ event?: Parameters<typeof fromRecordedEvent>[0] }>)[Symbol.asyncIterator]();
      try {
        for (;;) {
          const next = await this.nextOrClosed(events);
          if (next === CLOSED) return;
          if (next.done) break;
          const resolved = next.value;
          failures = 0;
          const native = resolved.event;
          if (!native || !matchesFeedFilter(native, this.options)) continue;
          const event = fromRecordedEvent(native);
          if (event.position <= this.lastDelivered) continue;
          this.lastDelivered = event.position;
          yield event;
        }
        reason = 'the server ended the subscription';
      } catch (error) {
        if (this.closed) return;
        if (!isTransientError(error)) throw this.stop(error);
        reason = describe(error);
      } finally {
        this.current = undefined;
        void events.return?.()?.catch(() => undefined);
        await raw.unsubscribe().catch(() => undefined);
      }
      if (this.closed) return;
      failures += 1;
      const wait = Math.min(FIRST_RETRY_DELAY_MS * 2 ** (failures - 1), MAX_RETRY_DELAY_MS);
      this.logger.warn(`$all subscription: ${reason}; resubscribing after position ${this.lastDelivered} in ${wait} ms (attempt ${failures})`);
      await this.sleep(wait);
    }
  }

  /**
   * A position the server never reached would wait, silently, until the log grows past it. The check
   * is best effort: when the head cannot be read, the subscription itself meets (and classifies) the error.
   */
  private async refuseStartBeyondHead(): Promise<void> {
    if (!this.head || this.lastDelivered === 0) return;
    const head = await this.head().catch(() => undefined);
    if (head !== undefined && this.lastDelivered > head) throw this.stop(startBeyondHead(this.lastDelivered, head));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake?.();
    this.signalClosed();
    await this.current?.unsubscribe().catch(() => undefined);
  }

  /**
   * The next raw event, or CLOSED as soon as close() is called: a cancelled gRPC stream is not
   * guaranteed to end the client's stream, and close() must end the iteration promptly.
   */
  private async nextOrClosed<T>(events: AsyncIterator<T>): Promise<IteratorResult<T> | typeof CLOSED> {
    if (this.closed) return CLOSED;
    const next = events.next();
    next.catch(() => undefined); // still pending when closed: its rejection is nobody's concern
    const result = await Promise.race([next, this.closedSignal]);
    return this.closed ? CLOSED : result;
  }

  private stop(error: unknown): Error {
    this.stoppedBy = error instanceof Error ? error : new Error(describe(error));
    return this.stoppedBy;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

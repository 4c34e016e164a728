import type { AllStreamSubscription } from '@eventstore/db-client';
import type { EventSubscription, GlobalPosition, RecordedEvent, SubscribeOptions } from '../event-store.port.js';
import type { EventStoreDbConnection } from './eventstoredb-client.js';
import { EventStoreDbMappingError, fromRecordedEvent, matchesFeedFilter, serverFilterFor, toNativePosition } from './eventstoredb-mapping.js';

const MAX_RETRY_DELAY_MS = 5000;

/**
 * Catch-up then live over a server-side filtered $all subscription. When the server drops it, we
 * resubscribe after the last delivered position; a position at or before it is never yielded twice.
 * Checkpoints are not used to advance the resume point: they can arrive before buffered events
 * were consumed, and resuming from one could then skip those events.
 */
export class EventStoreDbSubscription implements EventSubscription {
  private closed = false;
  private current: AllStreamSubscription | undefined;
  private lastDelivered: GlobalPosition;

  constructor(
    private readonly connection: EventStoreDbConnection,
    private readonly options: SubscribeOptions,
  ) {
    this.lastDelivered = options.after ?? 0;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    let failures = 0;
    while (!this.closed) {
      const raw = this.connection.subscribeToAll(toNativePosition(this.lastDelivered), serverFilterFor(this.options));
      this.current = raw;
      try {
        for await (const resolved of raw as AsyncIterable<{ event?: Parameters<typeof fromRecordedEvent>[0] }>) {
          if (this.closed) return;
          failures = 0;
          const native = resolved.event;
          if (!native || !matchesFeedFilter(native, this.options)) continue;
          const event = fromRecordedEvent(native);
          if (event.position <= this.lastDelivered) continue;
          this.lastDelivered = event.position;
          yield event;
        }
      } catch (error) {
        if (this.closed) return;
        if (error instanceof EventStoreDbMappingError) throw error;
        failures += 1;
      } finally {
        this.current = undefined;
        await raw.unsubscribe().catch(() => undefined);
      }
      if (!this.closed) await delay(Math.min(100 * 2 ** failures, MAX_RETRY_DELAY_MS));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.current?.unsubscribe().catch(() => undefined);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

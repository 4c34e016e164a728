import type {
  AppendResult,
  EventStore,
  EventSubscription,
  ExpectedRevision,
  GlobalPosition,
  ProposedEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
} from '../event-store.port.js';
import type { UpcasterRegistry } from './upcaster-registry.js';

/**
 * Decorates an EventStore so that every read returns events in their current schema version.
 * Writes pass through unchanged. Anything that checks the hash chain must read `stored` instead:
 * the chain covers the data as stored, not as upcast.
 */
export class UpcastingEventStore implements EventStore {
  constructor(
    readonly stored: EventStore,
    private readonly registry: UpcasterRegistry,
  ) {}

  append(streamId: string, events: readonly ProposedEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.stored.append(streamId, events, expected);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return (await this.stored.readStream(streamId, options)).map((event) => this.registry.upcast(event));
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return (await this.stored.readAll(options)).map((event) => this.registry.upcast(event));
  }

  subscribeToAll(options: SubscribeOptions): EventSubscription {
    const inner = this.stored.subscribeToAll(options);
    const registry = this.registry;
    return {
      close: () => inner.close(),
      async *[Symbol.asyncIterator]() {
        for await (const event of inner) yield registry.upcast(event);
      },
    };
  }

  headPosition(): Promise<GlobalPosition> {
    return this.stored.headPosition();
  }

  ping(): Promise<void> {
    return this.stored.ping();
  }

  close(): Promise<void> {
    return this.stored.close();
  }
}

export { storedEventsOf } from '../stored-events.js';

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
} from './event-store.port.js';

/**
 * A decorator that changes how events read (upcasting, decryption) and passes everything else to
 * the store it wraps, exposed as `stored` so that hash checks can reach the bytes as written.
 */
export abstract class ReadMappingEventStore implements EventStore {
  constructor(readonly stored: EventStore) {}

  /** The event as readers should see it. */
  protected abstract mapRead(event: RecordedEvent): RecordedEvent | Promise<RecordedEvent>;

  append(streamId: string, events: readonly ProposedEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.stored.append(streamId, events, expected);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return Promise.all((await this.stored.readStream(streamId, options)).map((event) => this.mapRead(event)));
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return Promise.all((await this.stored.readAll(options)).map((event) => this.mapRead(event)));
  }

  subscribeToAll(options: SubscribeOptions): EventSubscription {
    const inner = this.stored.subscribeToAll(options);
    const mapRead = (event: RecordedEvent) => this.mapRead(event);
    return {
      get failure() {
        return inner.failure;
      },
      close: () => inner.close(),
      async *[Symbol.asyncIterator]() {
        for await (const event of inner) yield await mapRead(event);
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

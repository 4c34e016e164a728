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
  StreamAppend,
  SubscribeOptions,
} from './event-store.port.js';

/**
 * A decorator that changes how events read (upcasting, decryption) and, through `mapWrite`, how
 * they are written (encryption) on every write path; everything else passes to the store it wraps,
 * exposed as `stored` so that hash checks can reach the bytes as written.
 */
export abstract class ReadMappingEventStore implements EventStore {
  constructor(readonly stored: EventStore) {}

  /** The event as readers should see it. */
  protected abstract mapRead(event: RecordedEvent): RecordedEvent | Promise<RecordedEvent>;

  /** The events of a stream as they are to be stored; by default as given. */
  protected mapWrite(_streamId: string, events: readonly ProposedEvent[]): readonly ProposedEvent[] | Promise<readonly ProposedEvent[]> {
    return events;
  }

  async append(streamId: string, events: readonly ProposedEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.stored.append(streamId, await this.mapWrite(streamId, events), expected);
  }

  async appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    const mapped = await Promise.all(appends.map(async (part) => ({ ...part, events: await this.mapWrite(part.streamId, part.events) })));
    return this.stored.appendToStreams(mapped);
  }

  async readStreams(streamIds: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const read = await this.stored.readStreams(streamIds);
    const mapped = new Map<string, RecordedEvent[]>();
    for (const [streamId, events] of read) mapped.set(streamId, await Promise.all(events.map((event) => this.mapRead(event))));
    return mapped;
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

// Every raw @eventstore/db-client call lives here, so moving to @kurrent/kurrentdb-client
// (expectedRevision → streamState, new package name) touches this file only.
import { BACKWARDS, END, EventStoreDBClient, FORWARDS, START } from '@eventstore/db-client';
import type {
  AllStreamRecordedEvent,
  AllStreamSubscription,
  AppendExpectedRevision,
  Filter,
  JSONEventData,
  Position,
  ReadPosition,
  RecordedEvent as EsdbRecordedEvent,
} from '@eventstore/db-client';
import { isStreamNotFound } from './eventstoredb-mapping.js';

export interface RawAppendResult {
  nextRevision: bigint;
  /** Position of the batch's last event; absent on some idempotent server replies. */
  position?: Position;
}

export class EventStoreDbConnection {
  private constructor(private readonly client: EventStoreDBClient) {}

  static fromConnectionString(connectionString: string): EventStoreDbConnection {
    return new EventStoreDbConnection(EventStoreDBClient.connectionString(connectionString));
  }

  async append(streamId: string, events: JSONEventData[], expected: AppendExpectedRevision): Promise<RawAppendResult> {
    const result = await this.client.appendToStream(streamId, events, { expectedRevision: expected });
    return { nextRevision: result.nextExpectedRevision, position: result.position };
  }

  /** Events of one stream; a missing stream reads as []. */
  async readStream(streamId: string, options: { fromRevision?: bigint; maxCount?: number; backwards?: boolean }): Promise<EsdbRecordedEvent[]> {
    const events: EsdbRecordedEvent[] = [];
    try {
      const read = this.client.readStream(streamId, {
        fromRevision: options.fromRevision ?? (options.backwards ? END : START),
        direction: options.backwards ? BACKWARDS : FORWARDS,
        ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
      });
      for await (const resolved of read) if (resolved.event) events.push(resolved.event);
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw error;
    }
    return events;
  }

  /** Unfiltered page of $all (client v6 sends NoFilter on reads); forwards from is inclusive. */
  async readAll(options: { from: ReadPosition; maxCount: number; backwards?: boolean }): Promise<AllStreamRecordedEvent[]> {
    const events: AllStreamRecordedEvent[] = [];
    const read = this.client.readAll({
      fromPosition: options.from,
      maxCount: options.maxCount,
      direction: options.backwards ? BACKWARDS : FORWARDS,
      resolveLinkTos: false,
    });
    for await (const resolved of read) if (resolved.event) events.push(resolved.event);
    return events;
  }

  /** Starts after `from` (exclusive), server-side filtered. */
  subscribeToAll(from: ReadPosition, filter: Filter): AllStreamSubscription {
    return this.client.subscribeToAll({ fromPosition: from, filter, resolveLinkTos: false });
  }

  async dispose(): Promise<void> {
    await this.client.dispose();
  }
}

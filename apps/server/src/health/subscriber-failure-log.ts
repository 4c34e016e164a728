import { randomUUID } from 'node:crypto';
import type { EventStore } from '#event-store';
import type { Clock } from '#shared';

/** The event-store stream every replica reads the stopped subscribers from. */
const STREAM = 'subscriber-failures';
const SUBSCRIBER_FAILED = 'SubscriberFailed';
const SUBSCRIBER_RESUMED = 'SubscriberResumed';

/** Which kind of subscriber: a health check each. */
export type SubscriberGroup = 'projections' | 'sagas';

export interface SubscriberFailure {
  group: SubscriberGroup;
  /** The projection, or the saga feed. */
  name: string;
  error: string;
  failedAt: string;
  /** The lease owner whose subscriber stopped. */
  owner: string;
}

/**
 * Permanent subscriber failures, recorded by the lease holder whose subscriber stopped and read by
 * every replica (the holder's memory is not visible elsewhere): `/health` and the projections admin
 * route answer the same on each. A later start of that subscriber records that it resumed.
 */
export class SubscriberFailureLog {
  constructor(
    private readonly events: EventStore,
    private readonly clock: Clock,
  ) {}

  failed(group: SubscriberGroup, name: string, error: Error, owner: string): Promise<void> {
    return this.append(SUBSCRIBER_FAILED, { group, name, error: error.message, owner });
  }

  /** Records the resumption only when the subscriber is recorded as failed. */
  async resumed(group: SubscriberGroup, name: string): Promise<void> {
    if ((await this.current()).some((failure) => failure.group === group && failure.name === name)) {
      await this.append(SUBSCRIBER_RESUMED, { group, name });
    }
  }

  /** The subscribers stopped right now, with their error. */
  async current(): Promise<SubscriberFailure[]> {
    const failures = new Map<string, SubscriberFailure>();
    for (const event of await this.events.readStream(STREAM)) {
      const data = event.data as Omit<SubscriberFailure, 'failedAt'>;
      const key = `${data.group}/${data.name}`;
      if (event.type === SUBSCRIBER_RESUMED) failures.delete(key);
      if (event.type === SUBSCRIBER_FAILED) failures.set(key, { ...data, failedAt: event.metadata.occurredAt });
    }
    return [...failures.values()];
  }

  private async append(type: string, data: Record<string, unknown>): Promise<void> {
    const id = randomUUID();
    const metadata = {
      actorId: 'system',
      actorRole: 'system',
      correlationId: id,
      causationId: id,
      occurredAt: this.clock.now().toISOString(),
      schemaVersion: 1,
    };
    await this.events.append(STREAM, [{ id, type, data, metadata }], 'any');
  }
}

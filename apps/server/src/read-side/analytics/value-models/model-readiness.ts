import { Inject, Injectable } from '@nestjs/common';
import { CUSTOMER_STREAM_PREFIX } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { READ_STORE, type ReadStore } from '#read-store';

/**
 * Whether a read model is still catching up with the feed: true while a new projection builds itself
 * from position 0 after an upgrade (or after a rebuild request). Its routes answer meanwhile, with
 * `building: true`, from what it has so far.
 */
@Injectable()
export class ModelReadiness {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  async building(...projections: string[]): Promise<boolean> {
    const behind = await Promise.all(
      projections.map(async (name) => {
        const position = await this.store.checkpoint(name);
        const [next] = await this.events.readAll({ after: position, streamPrefixes: [CUSTOMER_STREAM_PREFIX], limit: 1 });
        return next !== undefined;
      }),
    );
    return behind.some(Boolean);
  }
}

import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { PersonalDataView } from '#application';
import { CUSTOMER_STREAM_PREFIX } from '#domain';
import { EVENT_STORE, type EventStore, type EventSubscription } from '#event-store';
import { INTEGRATIONS_CONFIG, type IntegrationsConfig } from '../integrations-config.js';
import { toFeedItem } from './feed-item.js';

export interface EventStreamRequest {
  after?: number;
  types?: string[];
  view: PersonalDataView;
}

/** A client reconnecting after a drop waits this long (the SSE `retry:` field). */
const RECONNECT_DELAY_MS = 2000;

/**
 * Server-Sent Events over a store subscription (catch-up, then live). Each frame's `id:` is the
 * global position, so the browser's automatic `Last-Event-ID` resumes exactly after the last event seen.
 */
@Injectable()
export class EventStreamService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('EventStream');
  private readonly open = new Set<() => Promise<void>>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(INTEGRATIONS_CONFIG) private readonly config: IntegrationsConfig,
  ) {}

  /** Takes over the raw response until the client leaves or the app shuts down. */
  serve(response: ServerResponse, request: EventStreamRequest): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    response.write(`retry: ${RECONNECT_DELAY_MS}\n\n`);
    const subscription = this.store.subscribeToAll({ after: request.after, types: request.types, streamPrefixes: [CUSTOMER_STREAM_PREFIX] });
    const heartbeat = setInterval(() => response.write(':\n\n'), this.config.heartbeatMs);
    let finished = false;
    const finish = async () => {
      if (finished) return;
      finished = true;
      clearInterval(heartbeat);
      this.open.delete(finish);
      await subscription.close();
      if (!response.writableEnded) response.end();
    };
    this.open.add(finish);
    response.on('close', () => void finish());
    void this.pump(subscription, response, request.view).then(finish, (error: unknown) => {
      this.logger.error({ err: error }, 'Event stream failed');
      return finish();
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.open].map((finish) => finish()));
  }

  private async pump(subscription: EventSubscription, response: ServerResponse, view: PersonalDataView): Promise<void> {
    for await (const event of subscription) {
      if (response.destroyed || response.writableEnded) return;
      const frame = `id: ${event.position}\nevent: ${event.type}\ndata: ${JSON.stringify(toFeedItem(event, view))}\n\n`;
      // Backpressure: a slow client pauses its subscription instead of growing our buffer.
      if (!response.write(frame)) await Promise.race([once(response, 'drain'), once(response, 'close')]);
    }
  }
}

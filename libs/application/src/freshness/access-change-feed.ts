import type { EventStore, RecordedEvent } from '#event-store';
import { SharedReads } from './shared-reads.js';

const PAGE = 500;

/**
 * The events of some types recorded since the last look (users and roles: what the guard checks on
 * every request), read in one indexed query and handed to each listener in order. Whoever keeps a
 * fold of those streams updates it from here instead of reading its stream per request. A request
 * `receivedMsAgo` old is served by a catch-up begun since it arrived (SharedReads).
 */
export class AccessChangeFeed {
  private seenPosition = 0;
  private folding: Promise<void> = Promise.resolve();
  private readonly reads = new SharedReads<'feed'>();
  private readonly listeners: ((event: RecordedEvent) => void)[] = [];

  constructor(
    private readonly events: EventStore,
    private readonly types: readonly string[],
  ) {}

  onEvent(listener: (event: RecordedEvent) => void): void {
    this.listeners.push(listener);
  }

  catchUp(receivedMsAgo?: number): Promise<void> {
    return this.reads.run('feed', receivedMsAgo, () => {
      // One catch-up at a time, so that events are handed over once and in order.
      const next = this.folding.then(() => this.readNew());
      this.folding = next.catch(() => undefined);
      return next;
    });
  }

  private async readNew(): Promise<void> {
    for (;;) {
      const page = await this.events.readAll({ after: this.seenPosition, types: this.types, limit: PAGE });
      for (const recorded of page) {
        for (const listener of this.listeners) listener(recorded);
        this.seenPosition = recorded.position;
      }
      if (page.length < PAGE) return;
    }
  }
}

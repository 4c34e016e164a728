import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-store';
import { CUSTOMER_STREAM_PREFIX } from '#domain';
import { ALL_PROJECTIONS } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';

const POLL_MS = 20;

/**
 * Read-your-writes: waits until the projections a route reads (default: all) have passed a global
 * position. Works across processes (an `api` replica polls the checkpoints the worker commits).
 */
@Injectable()
export class ProjectionWaiter {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  /** True once reached; false when the time is up. */
  async waitFor(position: number, timeoutMs: number, projections?: readonly string[]): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    const names = projections ?? ALL_PROJECTIONS.map((p) => p.name);
    for (;;) {
      if (await this.reached(position, names)) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  private async reached(position: number, projections: readonly string[]): Promise<boolean> {
    const checkpoints = await Promise.all(projections.map((name) => this.store.checkpoint(name)));
    const lowest = Math.min(...checkpoints);
    if (lowest >= position) return true;
    // A position past the head is not written yet (or belongs to another store): not reached.
    if (position > (await this.events.headPosition())) return false;
    // Projections see customer streams only: a position of another stream (a user) is reached
    // once no customer event lies between the checkpoints and it.
    const [next] = await this.events.readAll({ after: lowest, streamPrefixes: [CUSTOMER_STREAM_PREFIX], limit: 1 });
    return next === undefined || next.position > position;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-store';
import { CUSTOMER_STREAM_PREFIX } from '#domain';
import { ALL_PROJECTIONS, VALUE_MODEL_PROJECTIONS } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import type { ValueModelWait } from './reads-value-models.js';

const POLL_MS = 20;
/** Value models this far behind the position asked for are building, not following: `when-following` does not wait. */
const FOLLOWING_WITHIN = 5000;
const CORE_PROJECTIONS = ALL_PROJECTIONS.map((p) => p.name).filter((name) => !VALUE_MODEL_PROJECTIONS.includes(name));
const EVERY_PROJECTION = ALL_PROJECTIONS.map((p) => p.name);

/**
 * Read-your-writes: waits until the projections a route reads (`projections`, default: all) have passed a
 * global position — the value models only when `valueModels` asks for them. Works across processes (an
 * `api` replica polls the checkpoints the worker commits).
 */
@Injectable()
export class ProjectionWaiter {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  /** True once reached; false when the time is up. */
  async waitFor(position: number, timeoutMs: number, valueModels?: ValueModelWait, projections?: readonly string[]): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    const withValueModels = valueModels === 'required' || (valueModels === 'when-following' && (await this.valueModelsFollow(position)));
    const names = projections ? [...projections, ...(withValueModels ? VALUE_MODEL_PROJECTIONS : [])] : withValueModels ? EVERY_PROJECTION : CORE_PROJECTIONS;
    for (;;) {
      if (await this.reached(position, names)) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  private async valueModelsFollow(position: number): Promise<boolean> {
    const checkpoints = await Promise.all(VALUE_MODEL_PROJECTIONS.map((name) => this.store.checkpoint(name)));
    return Math.min(...checkpoints) >= position - FOLLOWING_WITHIN;
  }

  private async reached(position: number, names: readonly string[]): Promise<boolean> {
    const checkpoints = await Promise.all(names.map((name) => this.store.checkpoint(name)));
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

import type { EventStore } from '#event-store';
import type { ReadStore } from '#read-store';
import type { Projection } from '../projection.js';
import { replayFeed, ReplayTarget, type ReplayOptions } from './replay-feed.js';

export interface RebuildResult {
  events: number;
  position: number;
}

/**
 * Rebuilds projections from the start of the feed in one pass over it, each into shadow collections
 * that are swapped in when done. Meant for a process where their live runners are not running
 * (the CLI, a bench); a server rebuilds through ProjectionRunner.rebuild, which hands over live.
 */
export async function rebuildProjections(
  events: EventStore,
  store: ReadStore,
  projections: readonly Projection[],
  options: ReplayOptions = {},
): Promise<RebuildResult> {
  const targets: ReplayTarget[] = [];
  try {
    for (const projection of projections) targets.push(new ReplayTarget(projection, await store.beginRebuild(projection.name, projection.collections)));
    const applied = await replayFeed(events, targets, 0, options);
    for (const target of targets) await target.rebuild.publish();
    return { events: applied, position: Math.max(0, ...targets.map((t) => t.position)) };
  } catch (error) {
    await Promise.all(targets.map((t) => t.rebuild.discard().catch(() => undefined)));
    throw error;
  }
}

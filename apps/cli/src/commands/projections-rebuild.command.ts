import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { ALL_PROJECTIONS, allProjections, rebuildProjections } from '#projections';
import { loadConfig, createReadStore } from '#server';
import { withEventStore } from '../with-event-store.js';

/**
 * `projections:rebuild [name]`: replays the feed once into shadow read models and swaps them in
 * (readers of a running API see the old models until then). Run it while no worker process
 * (ROLE=all|worker) is projecting; with the server up, prefer POST /v1/admin/projections/:name/rebuild.
 */
export function register(program: Command, env: NodeJS.ProcessEnv = process.env): void {
  program
    .command('projections:rebuild')
    .description('Rebuild read models from the event log (all, or the one named), with a progress bar')
    .argument('[name]', `one of: ${ALL_PROJECTIONS.map((p) => p.name).join(', ')}`)
    .action(async (name: string | undefined) => {
      const config = loadConfig(env);
      const all = allProjections({ timeZone: config.timeZone });
      const projections = name === undefined ? all : all.filter((p) => p.name === name);
      if (projections.length === 0) throw new Error(`No projection named ${name}`);
      const store = await createReadStore(config);
      const bar = new SingleBar(
        { format: 'rebuilding [{bar}] {percentage}% | position {value}/{total} | {events} events', hideCursor: true },
        Presets.shades_classic,
      );
      try {
        const started = process.hrtime.bigint();
        const result = await withEventStore(async (events) => {
          bar.start(await events.headPosition(), 0, { events: 0 });
          return rebuildProjections(events, store, projections, { batchSize: 20_000, onProgress: (p) => bar.update(p.position, { events: p.events }) });
        }, env);
        bar.stop();
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        console.error(
          `Rebuilt ${projections.map((p) => p.name).join(', ')}: ${result.events} events in ${seconds.toFixed(1)} s (${Math.round(result.events / Math.max(seconds, 1e-9)).toLocaleString('en-US')} events/s)`,
        );
      } finally {
        bar.stop();
        await store.close();
      }
    });
}

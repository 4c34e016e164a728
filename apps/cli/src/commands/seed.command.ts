import { SingleBar, Presets } from 'cli-progress';
import { InvalidArgumentError, type Command } from 'commander';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { demoCustomers, proposedEventOf, bulkSeedSqlite } from '#seed';
import { customerStream } from '#domain';
import { loadConfig } from '#server';
import { withEventStore } from '../with-event-store.js';

interface SeedOptions {
  customers: number;
  seed: number;
  viaPort?: boolean;
}

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('a positive integer');
  return n;
};

/**
 * `seed --customers N`: deterministic demo customers (the generator the benches use). On the
 * embedded SQLite store they are written in bulk (see bench/seed/bulk-seed-sqlite.ts for why and
 * what is left out); elsewhere, or with --via-port, one append per customer stream through the
 * EventStore port. The projections pick them up as usual (run the server, or projections:rebuild).
 */
export function register(program: Command, env: NodeJS.ProcessEnv = process.env): void {
  program
    .command('seed')
    .description('Write realistic demo customers (registrations, follow-ups, status moves, orders, tags)')
    .requiredOption('--customers <n>', 'how many customers', positiveInt)
    .option('--seed <n>', 'random seed (same seed, same data)', positiveInt, 42)
    .option('--via-port', 'append through the EventStore port even on SQLite (slower)')
    .action(async (options: SeedOptions) => {
      const config = loadConfig(env);
      const bar = new SingleBar({ format: 'seeding [{bar}] {percentage}% | {value}/{total} customers', hideCursor: true }, Presets.shades_classic);
      bar.start(options.customers, 0);
      const started = process.hrtime.bigint();
      let events = 0;
      try {
        if (config.eventStore !== 'eventstoredb' && !options.viaPort) {
          mkdirSync(config.dataDir, { recursive: true });
          events = bulkSeedSqlite(join(config.dataDir, 'events.db'), options.customers, { seed: options.seed, onProgress: (n) => bar.update(n) }).events;
        } else {
          await withEventStore(async (store) => {
            let done = 0;
            for (const customer of demoCustomers(options.customers, { seed: options.seed })) {
              await store.append(customerStream(customer.customerId), customer.events.map(proposedEventOf), 'no_stream');
              events += customer.events.length;
              bar.update((done += 1));
            }
          }, env);
        }
      } finally {
        bar.stop();
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      console.error(
        `Seeded ${options.customers} customers, ${events} events in ${seconds.toFixed(1)} s (${Math.round(events / Math.max(seconds, 1e-9)).toLocaleString('en-US')} events/s)`,
      );
    });
}

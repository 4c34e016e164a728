// SPEC §9: projection rebuild from scratch (all read models), ≥ 100,000 events/s and ≥ 0.5× a raw
// sequential read + JSON.parse of the same events. BENCH_CUSTOMERS sets the data size (default 100k).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore } from '#event-store';
import { ALL_PROJECTIONS, rebuildProjections } from '#projections';
import { openSqliteReadStore } from '#read-store';
import { SystemClock } from '#shared';
import { rawFeedRead } from './support/raw-feed-read.js';
import { seedCustomers } from './support/seed-customers.js';
import { printFigure } from './support/report.js';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000);

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-rebuild-'));
  try {
    const { eventsFile } = await seedCustomers(dir, CUSTOMERS);

    const raw = rawFeedRead(eventsFile);
    const events = openSqliteEventStore(eventsFile, new SystemClock());
    const store = openSqliteReadStore(join(dir, 'read.db'));
    try {
      const started = process.hrtime.bigint();
      const result = await rebuildProjections(events, store, ALL_PROJECTIONS);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      printFigure({
        name: `rebuild ${ALL_PROJECTIONS.length} read models, ${CUSTOMERS.toLocaleString('en-US')} customers`,
        value: result.events / seconds,
        unit: 'ev/s',
        baseline: raw.events / raw.seconds,
        baselineName: 'raw read+JSON.parse',
        better: 'higher',
        target: '≥ 100,000 ev/s, ≥ 0.5×',
      });
      console.log(
        `  (${result.events.toLocaleString('en-US')} events in ${seconds.toFixed(1)} s; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)`,
      );
    } finally {
      await events.close();
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

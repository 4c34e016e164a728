// Issue 12: duplicate detection over the seeded customers (BENCH_CUSTOMERS, default 100k; run once at 1M).
// Figures: the customer-match-keys rebuild (baseline: a raw sequential read + JSON.parse of the same events)
// and GET /v1/customers/duplicates' finder for an unscoped caller (baseline: the raw SQL GROUP BY … HAVING
// over the same keys, without the read store's join, the members' fetch or the grouping).
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore } from '#event-store';
import { customerMatchKeysProjection, customerProfilesProjection, rebuildProjections } from '#projections';
import { openSqliteReadStore } from '#read-store';
import { DuplicateFinder } from '#server';
import { SystemClock } from '#shared';
import { rawFeedRead } from './support/raw-feed-read.js';
import { seedCustomers } from './support/seed-customers.js';
import { printFigure } from './support/report.js';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const RUNS = 5;

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-duplicates-'));
  try {
    const { eventsFile } = await seedCustomers(dir, CUSTOMERS);
    const raw = rawFeedRead(eventsFile);
    const events = openSqliteEventStore(eventsFile, new SystemClock());
    const store = openSqliteReadStore(join(dir, 'read.db'));
    try {
      let started = process.hrtime.bigint();
      await rebuildProjections(events, store, [customerProfilesProjection]);
      console.log(`  (customer-profiles rebuilt in ${seconds(started).toFixed(1)} s, for the finder's member profiles)`);
      started = process.hrtime.bigint();
      const rebuilt = await rebuildProjections(events, store, [customerMatchKeysProjection]);
      const rebuildSeconds = seconds(started);
      printFigure({
        name: `rebuild customer-match-keys, ${CUSTOMERS.toLocaleString('en-US')} customers`,
        value: rebuilt.events / rebuildSeconds,
        unit: 'ev/s',
        baseline: raw.events / raw.seconds,
        baselineName: 'raw read+JSON.parse',
        better: 'higher',
      });
      console.log(`  (${rebuilt.events.toLocaleString('en-US')} events in ${rebuildSeconds.toFixed(1)} s)`);

      const finder = new DuplicateFinder(store);
      const db = new BetterSqlite3(join(dir, 'read.db'), { readonly: true });
      const groupBy = db.prepare('SELECT value, count(*) AS count FROM rm_customer_match_keys__keys GROUP BY value HAVING count(*) >= 2');
      const found: number[] = [];
      const rawMs: number[] = [];
      let groups = 0;
      let sharedKeys = 0;
      for (let i = 0; i < RUNS; i += 1) {
        started = process.hrtime.bigint();
        groups = (await finder.find(undefined)).groups.length;
        found.push(seconds(started) * 1000);
        started = process.hrtime.bigint();
        sharedKeys = groupBy.all().length;
        rawMs.push(seconds(started) * 1000);
      }
      db.close();
      printFigure({
        name: `duplicate groups over ${CUSTOMERS.toLocaleString('en-US')} customers (median of ${RUNS})`,
        value: median(found),
        unit: 'ms',
        baseline: median(rawMs),
        baselineName: 'raw SQL GROUP BY',
        better: 'lower',
      });
      console.log(`  (${groups} groups from ${sharedKeys} shared keys; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)`);
    } finally {
      await events.close();
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

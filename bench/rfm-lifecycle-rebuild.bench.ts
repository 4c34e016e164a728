// Issue 14: the RFM and lifecycle read models rebuilt from the first event, in events/s, against a raw
// sequential read + JSON.parse of the same events; then the RFM and lifecycle reports over them.
// BENCH_CUSTOMERS sets the data size (default 100k; the figure is at 1M).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ANALYTICS_SETTINGS } from '#domain';
import { openSqliteEventStore } from '#event-store';
import {
  CUSTOMER_LIFECYCLE,
  CUSTOMER_RFM,
  LifecycleTally,
  lifecycleProjection,
  rebuildProjections,
  rfmOf,
  rfmProjection,
  type CustomerLifecycleDocument,
  type CustomerRfmDocument,
} from '#projections';
import { openSqliteReadStore, type KeysetPosition, type ReadDocument, type ReadStore } from '#read-store';
import { SystemClock } from '#shared';
import { rawFeedRead } from './support/raw-feed-read.js';
import { seedCustomers } from './support/seed-customers.js';
import { printFigure } from './support/report.js';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000);

async function scan<T extends ReadDocument>(store: ReadStore, collection: string, field: string, each: (doc: T) => void): Promise<number> {
  let after: KeysetPosition | undefined;
  let count = 0;
  do {
    const page = await store.list<T>(collection, { sort: { field, direction: 'asc' }, after, limit: 5000 });
    for (const doc of page.items) each(doc);
    count += page.items.length;
    after = page.next;
  } while (after);
  return count;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-rfm-'));
  try {
    const { eventsFile } = await seedCustomers(dir, CUSTOMERS);

    const raw = rawFeedRead(eventsFile);
    const events = openSqliteEventStore(eventsFile, new SystemClock());
    const store = openSqliteReadStore(join(dir, 'read.db'));
    try {
      const started = process.hrtime.bigint();
      const result = await rebuildProjections(events, store, [rfmProjection, lifecycleProjection], { batchSize: 20_000 });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      printFigure({
        name: `rebuild RFM + lifecycle, ${CUSTOMERS.toLocaleString('en-US')} customers`,
        value: result.events / seconds,
        unit: 'ev/s',
        baseline: raw.events / raw.seconds,
        baselineName: 'raw read+JSON.parse',
        better: 'higher',
      });
      console.log(
        `  (${result.events.toLocaleString('en-US')} events in ${seconds.toFixed(1)} s; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)`,
      );

      const now = new SystemClock().now();
      const reportStarted = process.hrtime.bigint();
      let scored = 0;
      await scan<CustomerRfmDocument>(store, CUSTOMER_RFM, 'ownerId', (doc) => (scored += rfmOf(doc, DEFAULT_ANALYTICS_SETTINGS.rfm, now) ? 1 : 0));
      const tally = new LifecycleTally(
        ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12'],
        DEFAULT_ANALYTICS_SETTINGS.lifecycle,
        'Asia/Shanghai',
        now,
      );
      const staged = await scan<CustomerLifecycleDocument>(store, CUSTOMER_LIFECYCLE, 'registeredAt', (doc) => tally.add(doc));
      tally.report();
      const reportMs = Number(process.hrtime.bigint() - reportStarted) / 1e6;
      console.log(
        `  reports over the whole company: RFM of ${scored.toLocaleString('en-US')} and 12 lifecycle months of ${staged.toLocaleString('en-US')} customers in ${Math.round(reportMs)} ms`,
      );
    } finally {
      await events.close();
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

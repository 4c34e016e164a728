import { join } from 'node:path';
import { openSqliteEventStore } from '#event-store';
import { ALL_PROJECTIONS, rebuildProjections } from '#projections';
import { openSqliteReadStore } from '#read-store';
import { SystemClock } from '#shared';
import type { PreparedReadModels, PreparePlan } from './prepare-in-child.js';
import { seedCustomers } from './seed-customers.js';

// Forked by read-queries.bench.ts and pivot.bench.ts: seeds DATA_DIR and builds its read models in a process of its
// own, so the bench process's peak RSS is the server's alone.

async function prepare({ dataDir, customers }: PreparePlan): Promise<PreparedReadModels> {
  const seeded = await seedCustomers(dataDir, customers);
  const events = openSqliteEventStore(join(dataDir, 'events.db'), new SystemClock());
  const store = openSqliteReadStore(join(dataDir, 'read.db'));
  const started = process.hrtime.bigint();
  try {
    await rebuildProjections(events, store, ALL_PROJECTIONS);
  } finally {
    await events.close();
    await store.close();
  }
  return { events: seeded.events, seedSeconds: seeded.seconds, rebuildSeconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

if (process.send) {
  process.once('message', (plan: PreparePlan) => {
    prepare(plan).then(
      (result) => process.send?.(result, () => process.exit(0)),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}

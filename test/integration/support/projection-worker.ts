// The child of projection-crash.spec.ts: runs every projection over DATA_DIR with small batches and
// freezes inside a batch at HANG_AT_POSITION (after telling the parent), waiting to be SIGKILLed.
import { join } from 'node:path';
import { openSqliteEventStore } from '#event-store';
import { ALL_PROJECTIONS, ProjectionRunner, type Projection } from '#projections';
import { openSqliteReadStore } from '#read-store';
import { SystemClock } from '#shared';

const dataDir = process.env.DATA_DIR as string;
const hangAt = Number(process.env.HANG_AT_POSITION);

const events = openSqliteEventStore(join(dataDir, 'events.db'), new SystemClock());
const store = openSqliteReadStore(join(dataDir, 'read.db'));

const freezing = (projection: Projection): Projection => ({
  ...projection,
  async apply(event, documents) {
    if (event.position >= hangAt) {
      process.send?.({ frozenAt: event.position, projection: projection.name });
      await new Promise(() => undefined);
    }
    return projection.apply(event, documents);
  },
});

for (const projection of ALL_PROJECTIONS) await new ProjectionRunner(events, store, freezing(projection), { batchSize: 97 }).start();

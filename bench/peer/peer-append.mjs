// The same append workload as bench/append.bench.ts, through Emmett's SQLite event store.
// Run by that bench in its own process: prints {eventsPerSecond} as JSON.
import { getSQLiteEventStore } from '@event-driven-io/emmett-sqlite';
import { randomUUID } from 'node:crypto';

const [file, eventsArg, streamsArg] = process.argv.slice(2);
const events = Number(eventsArg);
const streams = Number(streamsArg);
const store = getSQLiteEventStore({ fileName: file, schema: { autoMigration: 'CreateOrUpdate' } });

// This version sometimes fails a commit with SQLITE_BUSY ("SQL statements in progress") even from a
// single writer; such appends are retried and counted rather than ending the run.
async function append(stream, event) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.appendToStream(stream, [event]);
    } catch (error) {
      if (error?.code !== 'SQLITE_BUSY' || attempt >= 5) throw error;
      busyRetries++;
    }
  }
}

let busyRetries = 0;
const started = performance.now();
for (let i = 0; i < events; i++) {
  const stream = `customer-${i % streams}`;
  const data = { customerId: `c-${i % streams}`, followUpId: randomUUID(), at: new Date().toISOString(), method: 'phone', content: 'called about the renewal', result: 'interested', outcomes: [] };
  await append(stream, { type: 'FollowUpRecorded', data });
}
console.log(JSON.stringify({ eventsPerSecond: events / ((performance.now() - started) / 1000), busyRetries }));

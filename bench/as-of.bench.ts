// SPEC §9: `as-of` on a 1,000-event stream, ≤ 20 ms, against reading the same stream alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { customerStream } from '#domain';
import { CustomerAuditTrail } from '#audit';
import { type ProposedEvent, openSqliteEventStore } from '#event-store';
import { ManualClock } from '#shared';
import { percentile, printFigure } from './support/report.js';
import { timed } from './support/timing.js';

const EVENTS = 1000;
const RUNS = 200;
const CUSTOMER_ID = '5d2f0c1e-8a7b-4c3d-9e1f-2a3b4c5d6e7f';

function event(index: number, occurredAt: string): ProposedEvent {
  const data =
    index === 0
      ? {
          customerId: CUSTOMER_ID,
          code: 'HB-IT-2024-001',
          ownerId: 'rep',
          status: 'prospect',
          registeredAt: occurredAt,
          name: 'Acme',
          type: 'enterprise',
          contact: { email: 'a@example.com' },
          industry: 'internet',
          region: 'HB',
          source: 'referral',
        }
      : {
          customerId: CUSTOMER_ID,
          followUpId: `f-${index}`,
          at: occurredAt,
          method: 'phone',
          content: `call ${index}`,
          result: 'interested',
          outcomes: [],
          recordedBy: 'rep',
        };
  return {
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    type: index === 0 ? 'CustomerRegistered' : 'FollowUpRecorded',
    data,
    metadata: { actorId: 'rep', actorRole: 'sales', correlationId: `c${index}`, causationId: `c${index}`, occurredAt, schemaVersion: 1 },
  };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-asof-'));
  const start = new Date('2024-01-01T00:00:00Z');
  const clock = new ManualClock(start);
  const store = openSqliteEventStore(join(dir, 'events.db'), clock);
  try {
    const stream = customerStream(CUSTOMER_ID);
    for (let i = 0; i < EVENTS; i++) {
      await store.append(stream, [event(i, clock.now().toISOString())], i === 0 ? 'no_stream' : i - 1);
      clock.advance(1000);
    }
    const trail = new CustomerAuditTrail(store);
    // Just before the last event, so as-of reads and folds almost the whole stream: the worst case.
    const at = new Date(start.getTime() + (EVENTS - 2) * 1000);
    const read = await timed(() => store.readStream(stream), RUNS);
    const asOf = await timed(() => trail.asOf(CUSTOMER_ID, { at }), RUNS);
    for (const p of [50, 99]) {
      printFigure({
        name: `as-of, ${EVENTS}-event stream, p${p}`,
        value: percentile(asOf, p),
        unit: 'ms',
        baseline: percentile(read, p),
        baselineName: 'readStream alone',
        better: 'lower',
        target: '≤ 20 ms',
      });
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

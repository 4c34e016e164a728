import fc from 'fast-check';
import type { CustomerEvent } from '#domain';
import type { RecordedEvent } from '#event-store';
import { openSqliteReadStore } from '#read-store';
import { Feed, registered, statusChanged } from '../../__tests__/customer-history.js';
import { readModelDigest } from '../../read-model-digest.js';
import { BatchDocuments } from '../../runner/batch-documents.js';
import { salesFunnelProjection } from '../sales-funnel.projection.js';

// The summary rows moved event by event (small batches, a tiny cache, events delivered twice) must
// be the rows a clean rebuild writes in one pass.

const OWNERS = ['u1', 'u2', 'u3'];
const stepArb = fc.oneof(
  fc.constantFrom('prospect', 'qualified', 'won', 'churned').map((to) => ({ kind: 'status' as const, to })),
  fc.constantFrom(...OWNERS).map((to) => ({ kind: 'owner' as const, to })),
  fc.constantFrom('CustomerArchived', 'CustomerRestored', 'CustomerMergedInto', 'CustomerUnmerged').map((type) => ({ kind: 'retire' as const, type })),
);
const customerArb = fc.record({
  day: fc.integer({ min: 0, max: 70 }),
  owner: fc.constantFrom(...OWNERS),
  industry: fc.constantFrom('internet', 'retail'),
  steps: fc.array(stepArb, { maxLength: 6 }),
});
type Customer = typeof customerArb extends fc.Arbitrary<infer C> ? C : never;

/** Each customer's events in order, the customers interleaved step by step. */
function historyOf(customers: Customer[]): RecordedEvent[] {
  const feed = new Feed();
  const at = (day: number) => new Date(Date.parse('2024-01-25T10:00:00.000Z') + day * 86_400_000).toISOString();
  const events = customers.map((c, i) =>
    feed.record(`c${i}`, registered(`c${i}`, { registeredAt: at(c.day), ownerId: c.owner, industry: c.industry }), at(c.day)),
  );
  const owners = customers.map((c) => c.owner);
  const longest = Math.max(0, ...customers.map((c) => c.steps.length));
  for (let s = 0; s < longest; s++) {
    customers.forEach((c, i) => {
      const step = c.steps[s];
      if (!step) return;
      const when = at(c.day + s + 1);
      const customerId = `c${i}`;
      if (step.kind === 'status') events.push(feed.record(customerId, statusChanged(customerId, 'prospect', step.to), when));
      else if (step.kind === 'owner') {
        events.push(feed.record(customerId, { type: 'CustomerOwnerChanged', data: { customerId, from: owners[i], to: step.to } }, when));
        owners[i] = step.to;
      } else events.push(feed.record(customerId, { type: step.type, data: { customerId } } as unknown as CustomerEvent, when));
    });
  }
  return events;
}

async function project(events: RecordedEvent[], options: { every: number; cache: number; twice: (i: number) => boolean }) {
  const store = openSqliteReadStore(':memory:');
  await store.prepare(salesFunnelProjection.collections);
  let documents = new BatchDocuments(store, options.cache);
  for (const [i, event] of events.entries()) {
    await salesFunnelProjection.apply(event, documents.forEvent(event.position));
    if (options.twice(i)) await salesFunnelProjection.apply(event, documents.forEvent(event.position));
    if ((i + 1) % options.every === 0) {
      await store.commit(salesFunnelProjection.name, documents.drainWrites(), event.position);
      // Now and then a fresh cache, as after a restart: every document comes from the store again.
      if (i % 3 === 0) documents = new BatchDocuments(store, options.cache);
    }
  }
  await store.commit(salesFunnelProjection.name, documents.drainWrites(), events.at(-1)?.position ?? 0);
  return store;
}

describe('sales-funnel summary rows', () => {
  it('moved event by event equal a clean rebuild', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(customerArb, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 99 }),
        async (customers, every, seed) => {
          const events = historyOf(customers);
          const incremental = await project(events, { every, cache: 4, twice: (i) => (i * 31 + seed) % 5 === 0 });
          const rebuilt = await project(events, { every: Number.MAX_SAFE_INTEGER, cache: 100_000, twice: () => false });
          try {
            expect(await readModelDigest(incremental, salesFunnelProjection)).toBe(await readModelDigest(rebuilt, salesFunnelProjection));
          } finally {
            await Promise.all([incremental.close(), rebuilt.close()]);
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});

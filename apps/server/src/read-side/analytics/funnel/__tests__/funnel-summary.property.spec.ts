import fc from 'fast-check';
import { DAY_MS } from '#domain';
import { openSqliteEventStore } from '#event-store';
import { FUNNEL_DIMENSIONS, funnelReport, rebuildProjections, salesFunnelProjection, type FunnelDimension, type FunnelGroupReport } from '#projections';
import { openSqliteReadStore } from '#read-store';
import { ManualClock } from '#shared';
import { funnelCounts } from '../funnel-summary-reader.js';
import { inRange, type InstantRange } from '../instant-range.js';

// The funnel answered from the summary rows (whole months, whole days, part days from members; per
// owner for a scope) must equal a direct count over the customers, for any history and any range.

const START = Date.parse('2024-01-20T00:00:00.000Z');
const SPAN = 80 * DAY_MS;
const OWNERS = ['u1', 'u2', 'u3', 'u4'];
const STATUSES = ['prospect', 'qualified', 'won', 'churned'] as const;

type Step = { after: number } & ({ kind: 'status'; to: (typeof STATUSES)[number] } | { kind: 'owner'; to: string } | { kind: 'archive' | 'restore' });

interface Script {
  registeredAt: number;
  owner: string;
  industry: string;
  region: string;
  source: string;
  steps: Step[];
}

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ after: fc.integer({ min: 0, max: 20 * DAY_MS }), kind: fc.constant('status' as const), to: fc.constantFrom(...STATUSES) }),
  fc.record({ after: fc.integer({ min: 0, max: 20 * DAY_MS }), kind: fc.constant('owner' as const), to: fc.constantFrom(...OWNERS) }),
  fc.record({ after: fc.integer({ min: 0, max: 20 * DAY_MS }), kind: fc.constantFrom('archive' as const, 'restore' as const) }),
);
const scriptArb: fc.Arbitrary<Script> = fc.record({
  // Whole milliseconds, midnights and month starts: the bounds the plan cuts at.
  registeredAt: fc.oneof(
    fc.integer({ min: START, max: START + SPAN }),
    fc.integer({ min: 0, max: 80 }).map((d) => START + d * DAY_MS),
    fc.constantFrom('2024-02-01', '2024-03-01', '2024-04-01').map(Date.parse),
  ),
  owner: fc.constantFrom(...OWNERS),
  industry: fc.constantFrom('internet', 'retail', 'finance'),
  region: fc.constantFrom('HB', 'HD'),
  source: fc.constantFrom('referral', 'online'),
  steps: fc.array(stepArb, { maxLength: 5 }),
});
const boundArb = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: START - 5 * DAY_MS, max: START + SPAN + 5 * DAY_MS }),
  fc.integer({ min: -5, max: 85 }).map((d) => START + d * DAY_MS),
  fc.constantFrom('2024-02-01', '2024-03-01', '2024-04-01', '2024-02-15').map(Date.parse),
);

/** What the customer is at the end of its script, counted straight from the script. */
interface Fact {
  registeredAt: number;
  groups: Record<Exclude<FunnelDimension, 'all'>, string>;
  owner: string;
  status: (typeof STATUSES)[number];
  reached: Partial<Record<(typeof STATUSES)[number], number>>;
  retired: boolean;
}

function factOf(script: Script): Fact {
  const fact: Fact = {
    registeredAt: script.registeredAt,
    groups: { owner: script.owner, industry: script.industry, region: script.region, source: script.source },
    owner: script.owner,
    status: 'prospect',
    reached: { prospect: script.registeredAt },
    retired: false,
  };
  let at = script.registeredAt;
  for (const step of script.steps) {
    at += step.after;
    if (step.kind === 'owner') fact.owner = step.to;
    else if (step.kind === 'status') {
      fact.status = step.to;
      if (step.to === 'qualified' || step.to === 'won') fact.reached.qualified ??= at;
      fact.reached[step.to] ??= at;
    } else fact.retired = step.kind === 'archive';
  }
  return fact;
}

const medianOf = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);
const daysBetween = (from: number | undefined, to: number | undefined) =>
  from === undefined || to === undefined ? [] : [Math.max(0, Math.floor((to - from) / DAY_MS))];

function directCount(facts: Fact[], range: InstantRange, dimension: FunnelDimension, owners?: string[]): FunnelGroupReport[] {
  const seen = facts.filter((f) => !f.retired && inRange(range, new Date(f.registeredAt).toISOString()) && (owners === undefined || owners.includes(f.owner)));
  const groups = new Map<string, Fact[]>();
  for (const fact of seen) {
    const key = dimension === 'all' ? 'all' : fact.groups[dimension];
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  return [...groups.entries()]
    .map(([key, members]) => {
      const reached = Object.fromEntries(STATUSES.map((s) => [s, members.filter((m) => m.reached[s] !== undefined).length])) as FunnelGroupReport['reached'];
      return {
        key,
        registered: members.length,
        reached,
        conversion: {
          prospectToQualified: ratio(reached.qualified, reached.prospect),
          qualifiedToWon: ratio(reached.won, reached.qualified),
          prospectToWon: ratio(reached.won, reached.prospect),
        },
        medianDays: {
          prospectToQualified: medianOf(members.flatMap((m) => daysBetween(m.reached.prospect, m.reached.qualified))),
          qualifiedToWon: medianOf(members.flatMap((m) => daysBetween(m.reached.qualified, m.reached.won))),
          prospectToWon: medianOf(members.flatMap((m) => daysBetween(m.reached.prospect, m.reached.won))),
        },
        current: Object.fromEntries(STATUSES.map((s) => [s, members.filter((m) => m.status === s).length])) as FunnelGroupReport['current'],
      };
    })
    .sort((a, b) => b.registered - a.registered || a.key.localeCompare(b.key));
}

/** The scripts as one feed, every customer's events in order, customers interleaved by time. */
function feedOf(scripts: Script[]) {
  const events: { at: number; order: number; customerId: string; type: string; data: Record<string, unknown> }[] = [];
  scripts.forEach((script, i) => {
    const customerId = `c${i}`;
    const push = (at: number, type: string, data: Record<string, unknown>) =>
      events.push({ at, order: events.length, customerId, type, data: { customerId, ...data } });
    push(script.registeredAt, 'CustomerRegistered', {
      code: `HB-IT-2024-${String(i).padStart(3, '0')}`,
      name: `Customer ${i}`,
      type: 'individual',
      contact: { phone: '13812345678' },
      industry: script.industry,
      region: script.region,
      source: script.source,
      ownerId: script.owner,
      status: 'prospect',
      registeredAt: new Date(script.registeredAt).toISOString(),
    });
    let at = script.registeredAt;
    let owner = script.owner;
    for (const step of script.steps) {
      at += step.after;
      if (step.kind === 'status') push(at, 'CustomerStatusChanged', { from: 'prospect', to: step.to, reason: 'test' });
      else if (step.kind === 'owner') {
        push(at, 'CustomerOwnerChanged', { from: owner, to: step.to });
        owner = step.to;
      } else if (step.kind === 'archive') push(at, 'CustomerArchived', { reason: 'test', archivedAt: new Date(at).toISOString(), orders: [] });
      else push(at, 'CustomerRestored', { reason: 'test', orders: [] });
    }
  });
  return events.sort((a, b) => a.at - b.at || a.order - b.order);
}

async function projected(scripts: Script[], batchSize: number) {
  const events = openSqliteEventStore(':memory:', new ManualClock(new Date('2024-06-01T00:00:00.000Z')));
  for (const [i, event] of feedOf(scripts).entries()) {
    const occurredAt = new Date(event.at).toISOString();
    await events.append(
      `customer-${event.customerId}`,
      [
        {
          id: `e${i}`,
          type: event.type,
          data: event.data,
          metadata: { actorId: 'u1', actorRole: 'sales', correlationId: 'c', causationId: 'c', occurredAt, schemaVersion: 1 },
        },
      ],
      'any',
    );
  }
  const store = openSqliteReadStore(':memory:');
  await rebuildProjections(events, store, [salesFunnelProjection], { batchSize });
  await events.close();
  return store;
}

describe('the funnel from its summary rows', () => {
  it('equals a direct count of the customers, for any history, range, grouping and scope', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(scriptArb, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 40 }),
        fc.array(
          fc.record({
            from: boundArb,
            to: boundArb,
            dimension: fc.constantFrom(...FUNNEL_DIMENSIONS),
            owners: fc.option(fc.subarray(OWNERS), { nil: undefined }),
          }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        async (scripts, batchSize, queries) => {
          const store = await projected(scripts, batchSize);
          try {
            const facts = scripts.map(factOf);
            for (const { from, to, dimension, owners } of queries) {
              const range: InstantRange = { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
              const answer = funnelReport(await funnelCounts(store, range, dimension, owners));
              expect({ range, dimension, owners, answer }).toEqual({ range, dimension, owners, answer: directCount(facts, range, dimension, owners) });
            }
          } finally {
            await store.close();
          }
        },
      ),
      { numRuns: 50 },
    );
    // Fifty histories, each through an event store and a rebuild: minutes on a loaded two-core machine.
  }, 180_000);
});

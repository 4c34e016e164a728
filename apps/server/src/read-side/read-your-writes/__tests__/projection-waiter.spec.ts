import type { EventStore } from '#event-store';
import { ALL_PROJECTIONS } from '#projections';
import type { ReadStore } from '#read-store';
import { ProjectionWaiter } from '../projection-waiter.js';

// Every projection is at position 10 but the sales funnel, which lags at 3; a customer event sits at 7.
const checkpoints = (name: string) => (name === 'sales-funnel' ? 3 : 10);
const store = { checkpoint: async (name: string) => checkpoints(name) } as unknown as ReadStore;
const events = {
  headPosition: async () => 10,
  readAll: async ({ after }: { after: number }) => (after < 7 ? [{ position: 7 }] : []),
} as unknown as EventStore;

describe('ProjectionWaiter', () => {
  const waiter = new ProjectionWaiter(store, events);

  it('waits only for the read models the route reads: a lagging funnel does not hold up a profile read', async () => {
    expect(await waiter.waitFor(9, 0, undefined, ['customer-profiles'])).toBe(true);
    expect(await waiter.waitFor(9, 0, undefined, ['customer-profiles', 'sales-funnel'])).toBe(false);
  });

  it('waits for every projection when the route names none', async () => {
    expect(ALL_PROJECTIONS.map((p) => p.name)).toContain('sales-funnel');
    expect(await waiter.waitFor(9, 0)).toBe(false);
    expect(await waiter.waitFor(3, 0)).toBe(true);
  });
});

import { isSuccessfulStatus, retryDelayMs } from '../delivery/retry-schedule.js';
import { queueKey, selectDispatchable, type QueueHead } from '../delivery/customer-ordered-dispatch.js';

describe('retry schedule', () => {
  const policy = { baseDelayMs: 1000, maxDelayMs: 10_000, maxAttempts: 6 };

  it('doubles the delay after each failure up to the cap, then gives up', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, policy))).toEqual([1000, 2000, 4000, 8000, 10_000]);
    expect(retryDelayMs(6, policy)).toBeUndefined();
  });

  it('treats only 2xx as delivered', () => {
    expect([200, 204, 299].every(isSuccessfulStatus)).toBe(true);
    expect([199, 301, 404, 500].some(isSuccessfulStatus)).toBe(false);
  });
});

describe('per-customer dispatch', () => {
  const head = (webhookId: string, customerId: string, position: number, nextAttemptAt = 0): QueueHead => ({ webhookId, customerId, position, nextAttemptAt });

  it('sends nothing for a customer whose queue is in flight, and keeps other customers moving', () => {
    const heads = [head('w', 'a', 1), head('w', 'b', 2), head('w2', 'a', 1)];
    const picked = selectDispatchable(heads, new Set([queueKey({ webhookId: 'w', customerId: 'a' })]), 10, 10);
    expect(picked.map((h) => `${h.webhookId}/${h.customerId}`)).toEqual(['w2/a', 'w/b']);
  });

  it('waits for the retry time and respects the capacity, oldest first', () => {
    const heads = [head('w', 'a', 5, 0), head('w', 'b', 3, 0), head('w', 'c', 1, 500)];
    expect(selectDispatchable(heads, new Set(), 100, 1).map((h) => h.customerId)).toEqual(['b']);
    expect(selectDispatchable(heads, new Set(), 100, 5).map((h) => h.customerId)).toEqual(['b', 'a']);
    expect(selectDispatchable(heads, new Set(), 100, 0)).toEqual([]);
  });
});

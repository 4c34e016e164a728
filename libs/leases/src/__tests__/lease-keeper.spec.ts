import { LeaseKeeper } from '../lease-keeper.js';
import { openSqliteLeaseStore } from '../sqlite/sqlite-lease-store.js';

const TTL = 3000;

describe('LeaseKeeper', () => {
  const store = openSqliteLeaseStore(':memory:');
  afterAll(() => store.close());

  it('runs the job only in the first of two keepers, and stops believing it holds the lease before another owner can take it', async () => {
    let now = 1_000_000;
    const started: string[] = [];
    const keeper = (owner: string) =>
      new LeaseKeeper(store, 'webhook-delivery', owner, { ttlMs: TTL, now: () => now, onAcquired: () => void started.push(owner), onLost: () => undefined });
    const first = keeper('first');
    const second = keeper('second');
    await first.start();
    await second.start();
    expect(started).toEqual(['first']);
    expect(first.isHeld()).toBe(true);
    expect(second.isHeld()).toBe(false);

    now += TTL - 1; // no renewal since: the holder still believes it holds the lease, and nobody else can take it
    expect(first.isHeld()).toBe(true);
    expect(await store.acquire('webhook-delivery', 'third', TTL, now)).toBeUndefined();
    now += 1; // a whole lease length since the last renewal: the holder stops acting before anyone may take over
    expect(first.isHeld()).toBe(false);
    expect(await store.acquire('webhook-delivery', 'third', TTL, now)).toBeDefined();

    await first.stop();
    await second.stop();
  });

  it('gives the lease up on stop, so a standby need not wait for it to expire', async () => {
    const first = new LeaseKeeper(store, 'rules', 'first', { ttlMs: TTL, onAcquired: () => undefined, onLost: () => undefined });
    await first.start();
    await first.stop();
    expect(await store.holder('rules', Date.now())).toBeUndefined();
  });
});

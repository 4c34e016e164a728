// One behavioural contract for every LeaseStore adapter (SQLite, MongoDB).
// Lease names are random per test, so the suite can share a server; times are given, not waited for.
import { randomUUID } from 'node:crypto';
import type { LeaseStore } from '#leases';

const TTL = 1000;
const T0 = 1_700_000_000_000;

export function describeLeaseStoreContract(name: string, create: () => Promise<{ store: LeaseStore; cleanup(): Promise<void> }>): void {
  describe(`LeaseStore contract: ${name}`, () => {
    let store: LeaseStore;
    let cleanup: () => Promise<void>;
    let job: string;

    beforeEach(async () => {
      ({ store, cleanup } = await create());
      job = `job-${randomUUID()}`;
    });

    afterEach(() => cleanup());

    it('gives a free lease to the first owner and refuses it to a second while it is held', async () => {
      expect(await store.acquire(job, 'a', TTL, T0)).toEqual({ name: job, owner: 'a', expiresAt: T0 + TTL });
      expect(await store.acquire(job, 'b', TTL, T0 + TTL - 1)).toBeUndefined();
      expect(await store.holder(job, T0 + TTL - 1)).toEqual({ name: job, owner: 'a', expiresAt: T0 + TTL });
    });

    it('lets the holder take its own lease again, extending it', async () => {
      await store.acquire(job, 'a', TTL, T0);
      expect(await store.acquire(job, 'a', TTL, T0 + 500)).toEqual({ name: job, owner: 'a', expiresAt: T0 + 500 + TTL });
    });

    it('passes an expired lease to the next owner, after which the old owner can no longer renew it', async () => {
      await store.acquire(job, 'a', TTL, T0);
      expect(await store.holder(job, T0 + TTL)).toBeUndefined();
      expect(await store.acquire(job, 'b', TTL, T0 + TTL)).toEqual({ name: job, owner: 'b', expiresAt: T0 + 2 * TTL });
      expect(await store.renew(job, 'a', TTL, T0 + TTL + 1)).toBeUndefined();
      expect((await store.holder(job, T0 + TTL + 1))?.owner).toBe('b');
    });

    it('renews only an unexpired lease of the same owner', async () => {
      await store.acquire(job, 'a', TTL, T0);
      expect(await store.renew(job, 'a', TTL, T0 + 300)).toEqual({ name: job, owner: 'a', expiresAt: T0 + 300 + TTL });
      expect(await store.renew(job, 'b', TTL, T0 + 400)).toBeUndefined();
      expect(await store.renew(job, 'a', TTL, T0 + 300 + TTL)).toBeUndefined();
      expect(await store.renew(`${job}-never-taken`, 'a', TTL, T0)).toBeUndefined();
    });

    it('frees the lease on release by its owner only', async () => {
      await store.acquire(job, 'a', TTL, T0);
      await store.release(job, 'b');
      expect((await store.holder(job, T0 + 1))?.owner).toBe('a');
      await store.release(job, 'a');
      expect(await store.holder(job, T0 + 1)).toBeUndefined();
      expect((await store.acquire(job, 'b', TTL, T0 + 2))?.owner).toBe('b');
    });

    it('gives a contested free lease to exactly one of many owners', async () => {
      const owners = Array.from({ length: 8 }, (_, i) => `owner-${i}`);
      const results = await Promise.all(owners.map((owner) => store.acquire(job, owner, TTL, T0)));
      const winners = results.filter((lease) => lease !== undefined);
      expect(winners).toHaveLength(1);
      expect((await store.holder(job, T0))?.owner).toBe(winners[0]?.owner);
    });

    it('keeps leases of different jobs apart', async () => {
      await store.acquire(job, 'a', TTL, T0);
      expect((await store.acquire(`${job}-other`, 'b', TTL, T0))?.owner).toBe('b');
    });
  });
}

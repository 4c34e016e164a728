// The LeaseStore port: at most one owner per named job at a time, for as long as it keeps renewing.
// Two adapters implement it (sqlite/, mongodb/) and both pass test/contract/lease-store.contract.ts.
// Times are wall-clock milliseconds passed in by the caller, so that every holder compares expiries
// on the same scale (a lease is about process liveness, never business time).

export interface Lease {
  name: string;
  owner: string;
  /** Wall-clock ms after which another owner may take the lease. */
  expiresAt: number;
}

export interface LeaseStore {
  /** Takes the lease if it is free, expired or already this owner's; undefined while another owner holds it. */
  acquire(name: string, owner: string, ttlMs: number, now: number): Promise<Lease | undefined>;
  /** Extends this owner's unexpired lease; undefined when it expired or passed to another owner. */
  renew(name: string, owner: string, ttlMs: number, now: number): Promise<Lease | undefined>;
  /** Gives the lease up at once (a clean stop), if this owner still holds it. */
  release(name: string, owner: string): Promise<void>;
  /** The owner holding the lease at `now`, if any. */
  holder(name: string, now: number): Promise<Lease | undefined>;
  close(): Promise<void>;
}

export const LEASE_STORE = Symbol('LeaseStore');

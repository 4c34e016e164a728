import type { LeaseStore } from './lease-store.port.js';

export interface LeaseKeeperOptions {
  ttlMs: number;
  /** Starts the job: this process now holds the lease. */
  onAcquired: () => void | Promise<void>;
  /** Stops the job: the lease expired, passed to another owner, or this process is stopping. */
  onLost: () => void | Promise<void>;
  onError?: (error: unknown) => void;
  /** Wall clock (ms); leases measure process liveness, never business time. */
  now?: () => number;
}

/**
 * Holds one named lease for a job: tries to take it, renews it every third of its length, and runs
 * the job only while held. A standby keeps trying, so it takes over once a dead holder's lease expires.
 * `isHeld()` is what a job checks before each batch: it turns false as soon as the last renewal is a
 * whole lease length old, before any other owner can have taken it.
 */
export class LeaseKeeper {
  private heldUntil = 0;
  private holding = false;
  private stopped = true;
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> = Promise.resolve();
  private readonly now: () => number;

  constructor(
    private readonly store: LeaseStore,
    readonly name: string,
    readonly owner: string,
    private readonly options: LeaseKeeperOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  get renewEveryMs(): number {
    return Math.max(1, Math.floor(this.options.ttlMs / 3));
  }

  /** Resolves after the first attempt: with the job started when the lease was free. */
  start(): Promise<void> {
    if (!this.stopped) return this.ticking;
    this.stopped = false;
    this.ticking = this.tick().finally(() => {
      if (!this.stopped) this.schedule(this.renewEveryMs);
    });
    return this.ticking;
  }

  isHeld(): boolean {
    return this.holding && this.now() < this.heldUntil;
  }

  /** Stops the job (if running here) and gives the lease up so that a standby takes over at once. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.ticking;
    if (!this.holding) return;
    await this.lose();
    await this.store.release(this.name, this.owner).catch((error: unknown) => this.options.onError?.(error));
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.ticking = this.tick().finally(() => {
        if (!this.stopped) this.schedule(this.renewEveryMs);
      });
    }, delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    const startedAt = this.now();
    try {
      const lease = this.holding
        ? await this.store.renew(this.name, this.owner, this.options.ttlMs, startedAt)
        : await this.store.acquire(this.name, this.owner, this.options.ttlMs, startedAt);
      if (this.stopped) return;
      if (lease) {
        // Counted from before the request: the store's expiry is never earlier than this.
        this.heldUntil = startedAt + this.options.ttlMs;
        if (!this.holding) {
          this.holding = true;
          await this.options.onAcquired();
        }
      } else if (this.holding) await this.lose();
    } catch (error) {
      this.options.onError?.(error);
      if (this.holding && !this.isHeld()) await this.lose();
    }
  }

  private async lose(): Promise<void> {
    this.holding = false;
    this.heldUntil = 0;
    try {
      await this.options.onLost();
    } catch (error) {
      this.options.onError?.(error);
    }
  }
}

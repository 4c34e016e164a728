import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { LEASE_STORE, LeaseKeeper, type Lease, type LeaseStore } from '#leases';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

export interface JobHooks {
  onAcquired: () => void | Promise<void>;
  onLost: () => void | Promise<void>;
}

/** The leases of this process's background jobs: one owner id per process, one lease per job. */
@Injectable()
export class JobLeases {
  private readonly logger = new Logger('Leases');
  /** Host and pid say which process holds a job; the random part tells a restarted pid apart. */
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(
    @Inject(LEASE_STORE) private readonly store: LeaseStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** How often a lease holder looks for admin requests another replica recorded. */
  get requestPollMs(): number {
    return Math.min(1000, Math.max(10, Math.floor(this.config.leaseTtlMs / 3)));
  }

  keeper(job: string, hooks: JobHooks): LeaseKeeper {
    return new LeaseKeeper(this.store, job, this.owner, {
      ttlMs: this.config.leaseTtlMs,
      onAcquired: async () => {
        this.logger.log({ job, owner: this.owner }, 'Lease acquired: this process runs the job');
        await hooks.onAcquired();
      },
      onLost: async () => {
        this.logger.log({ job, owner: this.owner }, 'Lease given up or lost: the job stops here');
        await hooks.onLost();
      },
      onError: (error) => this.logger.warn({ err: error, job }, 'Lease store unreachable; the job stops if the lease runs out'),
    });
  }

  holder(job: string): Promise<Lease | undefined> {
    return this.store.holder(job, Date.now());
  }
}

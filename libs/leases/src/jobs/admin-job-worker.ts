import type { AdminJob } from './admin-job.js';
import type { AdminJobLog } from './admin-job-log.js';

export interface AdminJobWorkerOptions {
  /** How often the lease holder looks for requests recorded by other replicas. */
  pollMs: number;
  /** Whether this process still holds the job's lease: checked before each request is taken. */
  isHeld: () => boolean;
  onError?: (error: unknown, job?: AdminJob) => void;
}

/** Carries out, one at a time, the admin requests of a job's log while this process holds the job's lease. */
export class AdminJobWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(
    private readonly log: AdminJobLog,
    private readonly owner: string,
    private readonly handle: (job: AdminJob) => Promise<Record<string, unknown>>,
    private readonly options: AdminJobWorkerOptions,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.timer = setInterval(() => this.wake(), this.options.pollMs);
    this.timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Looks for requests now (a request recorded by this very process need not wait for the poll). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.options.onError?.(error))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async drain(): Promise<void> {
    for (const job of await this.log.pending()) {
      if (this.stopped || !this.options.isHeld()) return;
      await this.log.started(job.id, this.owner);
      try {
        const result = await this.handle(job);
        await this.log.finished(job.id, result);
      } catch (error) {
        // Stopped mid-way (lease lost or shutdown): left open for the next holder to carry out.
        if (this.stopped || !this.options.isHeld()) return;
        this.options.onError?.(error, job);
        await this.log.failed(job.id, error instanceof Error ? error.message : String(error));
      }
    }
  }
}

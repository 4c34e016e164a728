import { fork, type ChildProcess } from 'node:child_process';
import type { Logger } from 'pino';

export interface WorkerSupervisorOptions {
  /** The worker's entry file and its environment (ROLE=worker). */
  entry: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** First restart delay; doubles per quick death up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** A worker that ran this long before dying restarts after backoffMs again. */
  healthyAfterMs?: number;
  /** How long stop() waits for a clean exit before SIGKILL. */
  stopTimeoutMs?: number;
}

/**
 * ROLE=all on two cores: the projections, sagas, scheduler and webhook delivery run in a child
 * process (ROLE=worker) that this one forks and restarts with backoff whenever it dies. The child
 * writes its JSON log lines to the same stdout; it stops itself when this process goes away.
 */
export class WorkerSupervisor {
  private child: ChildProcess | undefined;
  private stopping = false;
  private restartTimer: NodeJS.Timeout | undefined;
  private delayMs: number;

  constructor(private readonly options: WorkerSupervisorOptions) {
    this.delayMs = options.backoffMs ?? 500;
  }

  /** The running worker's pid, if one runs. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): void {
    const startedAt = Date.now();
    const child = fork(this.options.entry, [], { env: this.options.env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child = child;
    this.options.logger.info({ context: 'WorkerSupervisor', workerPid: child.pid }, 'Worker process started (projections, sagas, scheduler, webhook delivery)');
    child.once('exit', (code, signal) => {
      if (this.child === child) this.child = undefined;
      if (this.stopping) return;
      if (Date.now() - startedAt >= (this.options.healthyAfterMs ?? 30_000)) this.delayMs = this.options.backoffMs ?? 500;
      const delayMs = this.delayMs;
      this.delayMs = Math.min(this.delayMs * 2, this.options.maxBackoffMs ?? 30_000);
      this.options.logger.error(
        { context: 'WorkerSupervisor', workerPid: child.pid, code, signal, restartInMs: delayMs },
        'Worker process died; restarting it',
      );
      this.restartTimer = setTimeout(() => this.start(), delayMs);
    });
  }

  /** Stops the worker (SIGTERM: it finishes its batch and gives up its leases) and restarts it no more. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timeout = setTimeout(() => child.kill('SIGKILL'), this.options.stopTimeoutMs ?? 10_000);
    await exited;
    clearTimeout(timeout);
    this.options.logger.info({ context: 'WorkerSupervisor', workerPid: child.pid }, 'Worker process stopped');
  }
}

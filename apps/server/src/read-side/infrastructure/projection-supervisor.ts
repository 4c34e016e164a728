import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-store';
import { ALL_PROJECTIONS, ProjectionRunner, type ProjectionStatus } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

export class UnknownProjectionError extends Error {}
export class ProjectionsNotHostedError extends Error {}

/** Runs every projection in this process when ROLE is `all` or `worker`; `api` processes only read. */
@Injectable()
export class ProjectionSupervisor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private readonly runners: ProjectionRunner[];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) events: EventStore,
    @Inject(READ_STORE) store: ReadStore,
  ) {
    const onError = (name: string, error: unknown) => this.logger.error({ err: error, projection: name }, 'Projection failed; retrying from its checkpoint');
    this.runners = ALL_PROJECTIONS.map((projection) => new ProjectionRunner(events, store, projection, { onError }));
  }

  get hosted(): boolean {
    return this.config.runsWorkers;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.hosted) await Promise.all(this.runners.map((runner) => runner.start()));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.cancelRebuild()));
    await Promise.all(this.runners.map((runner) => runner.stop()));
  }

  names(): string[] {
    return this.runners.map((runner) => runner.projection.name);
  }

  status(name: string): ProjectionStatus | undefined {
    return this.hosted ? this.runnerOf(name).status() : undefined;
  }

  /**
   * Starts a rebuild in the background and returns: the shadow fills while the live model keeps
   * answering, and is swapped in when caught up (status shows `rebuilding` until then).
   */
  async rebuild(name: string): Promise<void> {
    const runner = this.runnerOf(name);
    if (!this.hosted) throw new ProjectionsNotHostedError(`Projections run in the worker; this process has ROLE=${this.config.role}`);
    if (runner.status().rebuilding) return;
    this.logger.log({ projection: name }, 'Rebuilding projection from the start of the feed');
    const started = Date.now();
    runner.rebuild().then(
      () => this.logger.log({ projection: name, ms: Date.now() - started }, 'Projection rebuilt and swapped in'),
      (error: unknown) => this.logger.error({ err: error, projection: name }, 'Projection rebuild failed; the previous read model stays'),
    );
  }

  private runnerOf(name: string): ProjectionRunner {
    const runner = this.runners.find((r) => r.projection.name === name);
    if (!runner) throw new UnknownProjectionError(`No projection named ${name}`);
    return runner;
  }
}

import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-store';
import { AdminJobLog, AdminJobWorker, type AdminActor, type AdminJob, type Lease, type LeaseKeeper } from '#leases';
import { allProjections, ProjectionRunner, type ProjectionStatus } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { CLOCK, type Clock } from '#shared';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { SubscriberFailureLog, type SubscriberFailure } from '../../health/subscriber-failure-log.js';
import { JobLeases } from '../../infrastructure/job-leases.js';
import { leaseGuardedReadStore } from './lease-guarded-read-store.js';
import { funnelSummaryMissing, SUMMARISED_FUNNEL } from './funnel-summary-check.js';
import { valueTrendZoneCheck } from './time-zone-check.js';

export class UnknownProjectionError extends Error {}

/** The lease, and the admin stream (`admin-jobs-projections`) of rebuild requests. */
const PROJECTIONS_JOB = 'projections';
const REBUILD = 'rebuild';

/**
 * Runs every projection in the one process (ROLE all|worker) that holds the `projections` lease; a
 * standby worker takes over when the holder stops renewing. Rebuilds are requested through the event
 * store from any replica and carried out by the holder, so their progress reads the same everywhere.
 */
@Injectable()
export class ProjectionSupervisor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private readonly runners: ProjectionRunner[];
  private readonly lease: LeaseKeeper;
  private readonly requests: AdminJobLog;
  private readonly rebuilds: AdminJobWorker;
  private readonly failures: SubscriberFailureLog;
  private shuttingDown = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) events: EventStore,
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(CLOCK) clock: Clock,
    private readonly leases: JobLeases,
  ) {
    const onError = (name: string, error: unknown) => this.logger.error({ err: error, projection: name }, 'Projection subscription failed');
    this.failures = new SubscriberFailureLog(events, clock);
    const onFailed = (name: string, error: Error) => {
      this.logger.error({ err: error, projection: name }, 'Projection stopped: its subscription failed permanently; fix the cause, then rebuild or restart');
      this.failures
        .failed('projections', name, error, leases.owner)
        .catch((e: unknown) => this.logger.error({ err: e, projection: name }, 'Could not record the failure'));
    };
    this.lease = leases.keeper(PROJECTIONS_JOB, { onAcquired: () => this.startHere(), onLost: () => this.stopHere() });
    const guarded = leaseGuardedReadStore(store, PROJECTIONS_JOB, () => this.lease.isHeld());
    this.runners = allProjections({ timeZone: config.timeZone }).map(
      (projection) => new ProjectionRunner(events, guarded, projection, { onError, onFailed, now: () => clock.now() }),
    );
    this.requests = new AdminJobLog(events, clock, PROJECTIONS_JOB);
    this.rebuilds = new AdminJobWorker(this.requests, leases.owner, (job) => this.carryOutRebuild(job), {
      pollMs: leases.requestPollMs,
      isHeld: () => this.lease.isHeld(),
      onError: (error, job) =>
        this.logger.error({ err: error, projection: job?.params.projection }, 'Projection rebuild failed; the previous read model stays'),
    });
  }

  /** Whether the projections run in this process right now (it holds their lease). */
  get hosted(): boolean {
    return this.lease.isHeld();
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.runsWorkers) await this.lease.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    // The runners flush their last batch through the lease-guarded store: stop them while the lease
    // is still held, then give it up (the other order refused that flush with LeaseLostError).
    this.shuttingDown = true;
    await this.stopHere();
    await this.lease.stop();
  }

  names(): string[] {
    return this.runners.map((runner) => runner.projection.name);
  }

  /** The runner's own status where it runs here; undefined in any other process. */
  status(name: string): ProjectionStatus | undefined {
    return this.hosted ? this.runnerOf(name).status() : undefined;
  }

  /** Who runs the projections, every rebuild request with its progress, and the stopped ones, as recorded in the stores. */
  async overview(): Promise<{ holder: Lease | undefined; rebuilds: AdminJob[]; failures: SubscriberFailure[] }> {
    const [holder, rebuilds, failures] = await Promise.all([this.leases.holder(PROJECTIONS_JOB), this.requests.list(), this.failures.current()]);
    return { holder, rebuilds, failures: failures.filter((failure) => failure.group === 'projections') };
  }

  /**
   * Records a rebuild request, on any replica; the lease holder carries it out: the shadow fills while
   * the live model keeps answering, and is swapped in when caught up.
   */
  async rebuild(name: string, actor: AdminActor): Promise<AdminJob> {
    this.runnerOf(name);
    const job = await this.requests.request(REBUILD, { projection: name }, actor);
    this.rebuilds.wake();
    return job;
  }

  private async startHere(): Promise<void> {
    if (this.shuttingDown) return;
    const zone = await valueTrendZoneCheck(this.store, this.config.timeZone);
    if (zone.rebuildNeeded) {
      this.logger.warn(
        { readModel: zone.readModel ?? 'UTC (before TIME_ZONE)', configured: zone.configured },
        'The value trend was cut into months of another time zone than TIME_ZONE: rebuild it (POST /v1/admin/projections/value-trend/rebuild)',
      );
    }
    await this.rebuildFunnelWithoutSummary();
    // Before starting: a runner failing again at once records its failure after this.
    for (const name of this.names()) await this.failures.resumed('projections', name);
    await Promise.all(this.runners.map((runner) => runner.start()));
    this.rebuilds.start();
  }

  /** Requests the rebuild an upgraded data directory needs, once: a restart finds the request still open. */
  private async rebuildFunnelWithoutSummary(): Promise<void> {
    if (!(await funnelSummaryMissing(this.store))) return;
    const open = await this.requests.pending();
    if (open.some((job) => job.kind === REBUILD && job.params.projection === SUMMARISED_FUNNEL)) return;
    this.logger.warn({ projection: SUMMARISED_FUNNEL }, 'The sales funnel predates its summary rows: rebuilding it; the old model answers meanwhile');
    await this.requests.request(REBUILD, { projection: SUMMARISED_FUNNEL }, { id: 'system', role: 'system' });
  }

  private async stopHere(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.cancelRebuild()));
    await this.rebuilds.stop();
    await Promise.all(this.runners.map((runner) => runner.stop()));
  }

  private async carryOutRebuild(job: AdminJob): Promise<Record<string, unknown>> {
    const name = job.params.projection as string;
    this.logger.log({ projection: name, request: job.id }, 'Rebuilding projection from the start of the feed');
    const started = Date.now();
    await this.failures.resumed('projections', name);
    await this.runnerOf(name).rebuild();
    const ms = Date.now() - started;
    this.logger.log({ projection: name, ms }, 'Projection rebuilt and swapped in');
    return { ms };
  }

  private runnerOf(name: string): ProjectionRunner {
    const runner = this.runners.find((r) => r.projection.name === name);
    if (!runner) throw new UnknownProjectionError(`No projection named ${name}`);
    return runner;
  }
}

import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '#event-store';
import { CUSTOMER_STREAM_PREFIX } from '#domain';
import { isOpen } from '#leases';
import { READ_STORE, type ReadStore } from '#read-store';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { ProjectionSupervisor } from '../infrastructure/projection-supervisor.js';
import { valueTrendZoneCheck, ZONED_PROJECTION } from '../infrastructure/time-zone-check.js';
import { ProjectionStatusQuery, type ProjectionStatusView } from './projection-status.query.js';

@QueryHandler(ProjectionStatusQuery)
export class ProjectionStatusHandler implements IQueryHandler<ProjectionStatusQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly supervisor: ProjectionSupervisor,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(): Promise<{ head: number; items: ProjectionStatusView[] }> {
    const head = await this.events.headPosition();
    const { holder, rebuilds, failures } = await this.supervisor.overview();
    const items = await Promise.all(
      this.supervisor.names().map(async (name): Promise<ProjectionStatusView> => {
        const position = await this.store.checkpoint(name);
        // An event that cannot be read (what stopped a failed projection) is waiting all the same.
        const waiting = await this.events.readAll({ after: position, streamPrefixes: [CUSTOMER_STREAM_PREFIX], limit: 1 }).then(
          ([next]) => next !== undefined,
          () => true,
        );
        const status = this.supervisor.status(name);
        const ofThis = rebuilds.filter((job) => job.params.projection === name);
        const failure = failures.find((f) => f.name === name);
        const running = failure ? false : (status?.running ?? holder !== undefined);
        return {
          name,
          state: failure ? 'failed' : running ? 'running' : 'stopped',
          position,
          lag: waiting ? head - position : 0,
          running,
          holder: holder?.owner ?? null,
          rebuilding: ofThis.some(isOpen),
          lastRebuild: ofThis.at(-1) ?? null,
          lastError: failure?.error ?? status?.lastError ?? null,
          failedAt: failure?.failedAt ?? null,
          ...(name === ZONED_PROJECTION ? { timeZone: await valueTrendZoneCheck(this.store, this.config.timeZone) } : {}),
        };
      }),
    );
    return { head, items };
  }
}

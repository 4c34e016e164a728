import { randomUUID } from 'node:crypto';
import type { EventStore, ProposedEvent } from '#event-store';
import type { Clock } from '#shared';
import { ADMIN_JOB_FAILED, ADMIN_JOB_FINISHED, ADMIN_JOB_REQUESTED, ADMIN_JOB_STARTED, foldAdminJobs, isOpen, type AdminJob } from './admin-job.js';

export interface AdminActor {
  id: string;
  role: string;
  correlationId?: string;
}

const SYSTEM: AdminActor = { id: 'system', role: 'system' };

/**
 * The admin actions of one job, as events in its own stream (`admin-jobs-<job>`) of the event store
 * every replica shares: any API replica records a request, the lease holder records its start and
 * its end, and every replica reads the progress from there rather than from its own memory.
 */
export class AdminJobLog {
  readonly stream: string;

  constructor(
    private readonly events: EventStore,
    private readonly clock: Clock,
    job: string,
  ) {
    this.stream = `admin-jobs-${job}`;
  }

  async request(kind: string, params: Record<string, unknown>, actor: AdminActor): Promise<AdminJob> {
    const requestId = randomUUID();
    await this.append(ADMIN_JOB_REQUESTED, { requestId, kind, params }, actor);
    return (await this.find(requestId)) as AdminJob;
  }

  async list(): Promise<AdminJob[]> {
    return foldAdminJobs(await this.events.readStream(this.stream));
  }

  async find(id: string): Promise<AdminJob | undefined> {
    return (await this.list()).find((job) => job.id === id);
  }

  /** Jobs not finished: never started, or started by a holder that died or lost its lease mid-way. */
  async pending(): Promise<AdminJob[]> {
    return (await this.list()).filter(isOpen);
  }

  started(id: string, owner: string): Promise<void> {
    return this.append(ADMIN_JOB_STARTED, { requestId: id, owner });
  }

  finished(id: string, result: Record<string, unknown>): Promise<void> {
    return this.append(ADMIN_JOB_FINISHED, { requestId: id, result });
  }

  failed(id: string, error: string): Promise<void> {
    return this.append(ADMIN_JOB_FAILED, { requestId: id, error });
  }

  private async append(type: string, data: Record<string, unknown>, actor: AdminActor = SYSTEM): Promise<void> {
    const id = randomUUID();
    const event: ProposedEvent = {
      id,
      type,
      data,
      metadata: {
        actorId: actor.id,
        actorRole: actor.role,
        correlationId: actor.correlationId ?? id,
        causationId: id,
        occurredAt: this.clock.now().toISOString(),
        schemaVersion: 1,
      },
    };
    await this.events.append(this.stream, [event], 'any');
  }
}

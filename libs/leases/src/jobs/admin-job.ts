import type { RecordedEvent } from '#event-store';

export type AdminJobState = 'requested' | 'running' | 'done' | 'failed';

/** An admin action recorded by any API replica and carried out by the holder of its job's lease. */
export interface AdminJob {
  id: string;
  kind: string;
  params: Record<string, unknown>;
  state: AdminJobState;
  requestedAt: string;
  requestedBy: string;
  /** The lease owner carrying it out (the last one, when a holder died mid-way and another took over). */
  startedBy?: string;
  startedAt?: string;
  finishedAt?: string;
  result?: Record<string, unknown>;
  error?: string;
}

export const ADMIN_JOB_REQUESTED = 'AdminJobRequested';
export const ADMIN_JOB_STARTED = 'AdminJobStarted';
export const ADMIN_JOB_FINISHED = 'AdminJobFinished';
export const ADMIN_JOB_FAILED = 'AdminJobFailed';

/** Folds an admin stream's events into its jobs, oldest first. */
export function foldAdminJobs(events: readonly RecordedEvent[]): AdminJob[] {
  const jobs = new Map<string, AdminJob>();
  for (const event of events) {
    const data = event.data as Record<string, unknown> & { requestId: string };
    const at = event.metadata.recordedAt;
    if (event.type === ADMIN_JOB_REQUESTED) {
      jobs.set(data.requestId, {
        id: data.requestId,
        kind: data.kind as string,
        params: (data.params as Record<string, unknown>) ?? {},
        state: 'requested',
        requestedAt: at,
        requestedBy: event.metadata.actorId,
      });
      continue;
    }
    const job = jobs.get(data.requestId);
    if (!job) continue;
    if (event.type === ADMIN_JOB_STARTED) Object.assign(job, { state: 'running', startedBy: data.owner as string, startedAt: at });
    if (event.type === ADMIN_JOB_FINISHED) Object.assign(job, { state: 'done', finishedAt: at, result: data.result as Record<string, unknown> });
    if (event.type === ADMIN_JOB_FAILED) Object.assign(job, { state: 'failed', finishedAt: at, error: data.error as string });
  }
  return [...jobs.values()];
}

export const isOpen = (job: AdminJob): boolean => job.state === 'requested' || job.state === 'running';

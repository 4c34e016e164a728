import type { RecordedEvent } from '#event-store';
import { emptyReport, type ImportReport } from '../customers/commands/import-customers/import-report.js';
import type { ImportJobEvent } from './import-job-events.js';

type ImportJobStatus = 'running' | 'done' | 'failed';

/** An import job as its events tell it. */
export interface ImportJob {
  id: string;
  userId: string;
  format: string;
  status: ImportJobStatus;
  processed: number;
  total: number;
  headers?: string[];
  startedAt: string;
  /** Store time of its latest event: a running job silent for long was interrupted (a crash). */
  lastSeenAt: string;
  error?: string;
  report: ImportReport;
  /** Encrypted `{row: cells}` of the rejected rows, one per progress event. */
  rejectedCells: string[];
}

export function foldImportJob(events: readonly RecordedEvent[]): ImportJob | undefined {
  let job: ImportJob | undefined;
  for (const recorded of events) {
    const event = { type: recorded.type, data: recorded.data } as ImportJobEvent;
    if (event.type === 'ImportStarted') {
      const { importId, userId, format, total, headers } = event.data;
      job = {
        id: importId,
        userId,
        format,
        total,
        ...(headers ? { headers } : {}),
        status: 'running',
        processed: 0,
        startedAt: recorded.metadata.recordedAt,
        lastSeenAt: recorded.metadata.recordedAt,
        report: emptyReport(),
        rejectedCells: [],
      };
      continue;
    }
    if (!job) continue;
    job.lastSeenAt = recorded.metadata.recordedAt;
    job.processed = event.data.processed;
    if (event.type === 'ImportRowsReported') {
      job.report.created.push(...event.data.created);
      job.report.skipped.push(...event.data.skipped);
      job.report.rejected.push(...event.data.rejected);
      if (event.data.rejectedCells) job.rejectedCells.push(event.data.rejectedCells);
    } else if (event.type === 'ImportFinished') job.status = 'done';
    else {
      job.status = 'failed';
      job.error = event.data.message;
    }
  }
  return job;
}

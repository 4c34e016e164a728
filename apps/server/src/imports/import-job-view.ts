import type { ImportJob } from './import-job.js';
import type { ImportJobDto } from './import-job.dto.js';

/** What `GET /v1/imports/:id` shows of a job: its progress, and its report once it stopped. */
export function importJobView(job: ImportJob): ImportJobDto {
  const { id, status, processed, total, format, startedAt, error, report } = job;
  return { id, status, processed, total, format, startedAt, ...(error ? { error } : {}), ...(status === 'running' ? {} : { report }) };
}

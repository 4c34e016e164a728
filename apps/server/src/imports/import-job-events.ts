import type { ImportReport } from '../customers/commands/import-customers/import-report.js';

/** Stream of one import job: its start, its progress with the rows' outcomes, and its end. */
export const importJobStream = (importId: string): string => `import-${importId}`;

interface ImportStarted {
  type: 'ImportStarted';
  data: { importId: string; userId: string; format: string; total: number; headers?: string[] };
}

/** Outcomes of the next rows; the rejected rows' cells (JSON) are personal data, stored encrypted under the job's own key. */
interface ImportRowsReported {
  type: 'ImportRowsReported';
  data: ImportReport & { processed: number; rejectedCells?: string };
}

interface ImportFinished {
  type: 'ImportFinished';
  data: { processed: number };
}

interface ImportFailed {
  type: 'ImportFailed';
  data: { processed: number; message: string };
}

export type ImportJobEvent = ImportStarted | ImportRowsReported | ImportFinished | ImportFailed;

/** A bad cell: `field` is the column as the file names it (`手機號碼`), `path` the field it fills (`contact.phone`). */
export interface ImportFieldError {
  field: string;
  path: string;
  message: string;
}

export type RowOutcome =
  | { kind: 'created'; row: number; id: string }
  | { kind: 'skipped'; row: number; id: string; reason: string }
  | { kind: 'rejected'; row: number; errors: ImportFieldError[] };

/** Rows are numbered from 1, the first row under the header (a spreadsheet's line 2). */
export interface ImportReport {
  created: { row: number; id: string }[];
  skipped: { row: number; id: string; reason: string }[];
  rejected: { row: number; errors: ImportFieldError[] }[];
}

export const emptyReport = (): ImportReport => ({ created: [], skipped: [], rejected: [] });

export function addOutcome(report: ImportReport, outcome: RowOutcome): void {
  if (outcome.kind === 'created') report.created.push({ row: outcome.row, id: outcome.id });
  else if (outcome.kind === 'skipped') report.skipped.push({ row: outcome.row, id: outcome.id, reason: outcome.reason });
  else report.rejected.push({ row: outcome.row, errors: outcome.errors });
}

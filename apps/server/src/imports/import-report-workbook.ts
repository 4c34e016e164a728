import ExcelJS from 'exceljs';
import type { ImportJob } from './import-job.js';

const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };

/**
 * The report of an import as a workbook: the rejected rows as the file had them, each bad cell
 * marked and the errors beside the row, so the sheet can be fixed and imported again; then the
 * skipped and the created rows with their customer ids.
 */
export async function importReportWorkbook(job: ImportJob, rejectedCells: Map<number, Record<string, unknown>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const headers = job.headers ?? [...new Set([...rejectedCells.values()].flatMap((cells) => Object.keys(cells)))];
  const rejected = workbook.addWorksheet('Rejected');
  rejected.addRow(['Row', ...headers, 'Errors']).font = { bold: true };
  for (const { row, errors } of job.report.rejected) {
    const cells = rejectedCells.get(row) ?? {};
    const added = rejected.addRow([row, ...headers.map((header) => printable(cells[header])), errors.map((e) => `${e.field}: ${e.message}`).join('\n')]);
    for (const error of errors) {
      const column = headers.indexOf(error.field);
      if (column >= 0) added.getCell(column + 2).fill = ERROR_FILL;
    }
  }
  const skipped = workbook.addWorksheet('Skipped');
  skipped.addRow(['Row', 'Customer id', 'Reason']).font = { bold: true };
  for (const { row, id, reason } of job.report.skipped) skipped.addRow([row, id, reason]);
  const created = workbook.addWorksheet('Created');
  created.addRow(['Row', 'Customer id']).font = { bold: true };
  for (const { row, id } of job.report.created) created.addRow([row, id]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function printable(value: unknown): string | number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return value;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

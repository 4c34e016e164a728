import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import type { DeliveryFormat } from '#domain';
import { neutralisedText } from '../exports/cell-values.js';
import { renderPdf } from '../exports/pdf/render-pdf.js';
import type { ProducedReport } from './report-producer.js';

export interface ReportFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

const CONTENT_TYPES: Record<DeliveryFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

const neutral = (value: unknown): unknown => (typeof value === 'string' ? neutralisedText(value) : value);

/** The report as the file its subscription asked for. */
export async function reportFile(
  report: ProducedReport,
  format: DeliveryFormat,
  basename: string,
  pdf: { generatedAt: Date; scope: string; timeZone: string },
): Promise<ReportFile> {
  const filename = `${basename}.${format}`;
  if (format === 'csv') {
    const records = report.rows.map((row) => report.columns.map((column) => neutral(row[column] ?? '')));
    // The BOM lets Excel in China open the Chinese text as UTF-8.
    return { filename, contentType: CONTENT_TYPES.csv, content: Buffer.from(`\uFEFF${stringify([report.columns, ...records] as unknown[][])}`) };
  }
  if (format === 'xlsx') {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(report.title.slice(0, 31));
    sheet.addRow(report.columns);
    for (const row of report.rows) sheet.addRow(report.columns.map((column) => neutral(row[column] ?? null)));
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    return { filename, contentType: CONTENT_TYPES.xlsx, content: Buffer.from(await workbook.xlsx.writeBuffer()) };
  }
  // Printed reports are in simplified Chinese, the language of the deployment's users (seed 000).
  return { filename, contentType: CONTENT_TYPES.pdf, content: await renderPdf(report.descriptor, report.rows, 'zh-Hans', pdf) };
}

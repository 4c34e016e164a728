import ExcelJS from 'exceljs';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { DEFAULT_TIME_ZONE } from '#shared';
import type { LabelLocale } from '#domain';
import { columnHeader } from '../column-header.js';
import type { ReportColumn, ReportDescriptor, ReportRow } from '../report-descriptor.js';
import { pivotColumns, pivotRows } from './pivot-rows.js';
import { numberFormatOf, xlsxCell } from './xlsx-cell.js';

export interface XlsxOptions {
  /** The zone instants are shown in (TIME_ZONE). */
  timeZone?: string;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The whole workbook in memory: for reports of a few thousand rows (analytics, attachments). */
export async function renderXlsx(report: ReportDescriptor, rows: readonly ReportRow[], locale: LabelLocale, options: XlsxOptions = {}): Promise<Buffer> {
  const output = streamXlsx(report, single(rows), locale, options);
  const chunks: Buffer[] = [];
  for await (const chunk of output) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The workbook as a stream, written page by page as `pages` yields them and waiting while the reader
 * is slower, so a 100k-row list never sits in memory. A failure mid-way destroys the stream.
 */
export function streamXlsx(report: ReportDescriptor, pages: AsyncIterable<readonly ReportRow[]>, locale: LabelLocale, options: XlsxOptions = {}): Readable {
  const output = new PassThrough();
  write(report, pages, locale, options.timeZone ?? DEFAULT_TIME_ZONE, output).catch((error: unknown) => output.destroy(error as Error));
  return output;
}

async function write(report: ReportDescriptor, pages: AsyncIterable<readonly ReportRow[]>, locale: LabelLocale, timeZone: string, output: Writable) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const main = sheet(workbook, report.title[locale], report.columns, locale);
  const pivot = report.pivot ? sheet(workbook, pivotSheetName[locale], pivotColumns(report), locale) : undefined;
  const pivotCols = pivot ? pivotColumns(report) : [];
  for await (const rows of pages) {
    if (output.destroyed) return;
    for (const row of rows) main.addRow(report.columns.map((column) => xlsxCell(column, row[column.key], locale, timeZone))).commit();
    if (pivot) {
      for (const { row, source } of pivotRows(report, rows)) {
        const added = pivot.addRow(pivotCols.map((column) => xlsxCell(column.key === 'value' ? source : column, row[column.key], locale, timeZone)));
        const format = numberFormatOf(source.kind);
        if (format) added.getCell(pivotCols.length).numFmt = format;
        added.commit();
      }
    }
    await caughtUp(main, output);
    if (pivot) await caughtUp(pivot, output);
    if ((output as PassThrough).writableNeedDrain) await drainedOrClosed(output, output);
  }
  main.commit();
  pivot?.commit();
  await workbook.commit();
}

const pivotSheetName: Record<LabelLocale, string> = { en: 'Pivot data', 'zh-Hans': '透视表数据', 'zh-Hant': '樞紐分析資料' };

/** A worksheet with typed columns, a bold frozen header row and an auto-filter over it. */
function sheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, title: string, columns: readonly ReportColumn[], locale: LabelLocale): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheetName(title), { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = columns.map((column) => {
    const header = columnHeader(column, locale);
    const format = numberFormatOf(column.kind);
    return { header, key: column.key, width: widthOf(header, column), ...(format ? { style: { numFmt: format } } : {}) };
  });
  worksheet.getRow(1).font = { bold: true };
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return worksheet;
}

// CJK characters are about twice as wide as Latin ones.
function widthOf(header: string, column: ReportColumn): number {
  const headerWidth = [...header].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 2);
  return Math.min(40, Math.max(headerWidth, column.kind === 'datetime' ? 20 : 10));
}

// Excel refuses sheet names longer than 31 characters or holding []:*?/\
const sheetName = (title: string): string => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/** Bytes of a sheet's XML the zip may hold uncompressed before the writer waits for it. */
const ZIP_BACKLOG = 2 * 1024 * 1024;

/**
 * exceljs pipes each sheet's XML into the zip without heeding backpressure: rows written faster than
 * they are compressed pile up in the zip's input (a whole list's XML, some hundred MB at 100k rows).
 * So after each page the writer waits for that input to drain (xlsx-backpressure.spec.ts checks the
 * exceljs internals this reads are still there).
 */
async function caughtUp(worksheet: ExcelJS.Worksheet, output: Writable): Promise<void> {
  const input = zipInputOf(worksheet);
  if (input && (input._writableState?.length ?? 0) > ZIP_BACKLOG) await drainedOrClosed(input, output);
}

interface ZipInput extends Writable {
  _writableState?: { length: number };
}

export function zipInputOf(worksheet: ExcelJS.Worksheet): ZipInput | undefined {
  return (worksheet as unknown as { _stream?: { pipes?: ZipInput[] } })._stream?.pipes?.[0];
}

/** Resolves when `stream` drained, or the reader went away (a closed download never drains). */
function drainedOrClosed(stream: Writable, output: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      output.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    output.on('close', done);
  });
}

async function* single(rows: readonly ReportRow[]): AsyncGenerator<readonly ReportRow[]> {
  yield rows;
}

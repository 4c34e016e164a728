import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { decodeCsv } from './csv-text.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One row of a file, by column as the file names it (JSON: by dotted path, `contact.phone`). */
type ImportCells = Record<string, unknown>;

export interface ImportTable {
  format: 'csv' | 'xlsx' | 'json';
  /** The header row of a CSV or XLSX file; a JSON row names its own keys. */
  headers?: string[];
  rows: unknown[];
}

export interface ImportFileOptions {
  /** The request's Content-Type, or the file's type from its extension. */
  contentType?: string;
  /** The CSV's encoding when known (`charset=gbk`, `--encoding gbk`); detected otherwise. */
  encoding?: string;
}

export class ImportFormatError extends Error {}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The rows of an import: a JSON array, a CSV file (UTF-8 with or without BOM, GB18030/GBK, UTF-16), or the first sheet of an XLSX workbook. */
export async function readImportFile(body: unknown, options: ImportFileOptions = {}): Promise<ImportTable> {
  if (Array.isArray(body)) return { format: 'json', rows: body.map((row) => (isPlainObject(row) ? flatten(row) : row)) };
  if (Buffer.isBuffer(body)) {
    if (options.contentType?.startsWith(XLSX_CONTENT_TYPE) || body.subarray(0, 4).equals(ZIP_MAGIC)) return readXlsx(body);
    return readCsv(decodeCsv(body, options.encoding));
  }
  if (typeof body === 'string') return readCsv(body.replace(/^\uFEFF/, ''));
  throw new ImportFormatError('Send a JSON array of customers, CSV (text/csv) with a header line, or an XLSX workbook');
}

function readCsv(text: string): ImportTable {
  let records: string[][];
  try {
    records = parse(text, { skip_empty_lines: true, relax_column_count: true, skip_records_with_empty_values: true }) as string[][];
  } catch (error) {
    throw new ImportFormatError(`Unreadable CSV: ${(error as Error).message}`);
  }
  const [headers = [], ...data] = records;
  return tableOf('csv', headers, data);
}

async function readXlsx(bytes: Buffer): Promise<ImportTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new ImportFormatError(`Unreadable XLSX workbook: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFormatError('The workbook has no sheet');
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: unknown[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) values.push(cellValue(row.getCell(column).value));
    rows.push(values);
  });
  const [headers = [], ...data] = rows;
  return tableOf(
    'xlsx',
    headers.map((h) => String(h ?? '')),
    data.filter((row) => row.some((value) => value !== undefined && String(value).trim() !== '')),
  );
}

/** Rows keyed by header; columns without a header are left out (spreadsheets carry empty trailing ones). */
function tableOf(format: 'csv' | 'xlsx', rawHeaders: string[], data: unknown[][]): ImportTable {
  const headers = rawHeaders.map((h) => h.trim());
  const rows = data.map((values) => {
    const cells: ImportCells = {};
    headers.forEach((header, index) => {
      if (header !== '' && values[index] !== undefined && values[index] !== null) cells[header] = values[index];
    });
    return cells;
  });
  return { format, headers: headers.filter((h) => h !== ''), rows };
}

/** What a cell shows: the text of rich text and hyperlinks (an e-mail cell often is one), a formula's result. */
function cellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return cellValue(value.text as ExcelJS.CellValue);
  if ('error' in value) return undefined;
  return String(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ contact: { phone } }` as `{ 'contact.phone': … }`, so JSON rows and spreadsheet columns are read alike. */
function flatten(row: Record<string, unknown>, prefix = ''): ImportCells {
  const cells: ImportCells = {};
  for (const [key, value] of Object.entries(row)) {
    if (isPlainObject(value) && Object.keys(value).length > 0) Object.assign(cells, flatten(value, `${prefix}${key}.`));
    else cells[`${prefix}${key}`] = value;
  }
  return cells;
}

import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { LabelLocale } from '#domain';
import { DEFAULT_TIME_ZONE } from '#shared';
import { columnHeader } from '../column-header.js';
import type { ReportDescriptor, ReportRow } from '../report-descriptor.js';
import { chartSpecOf } from './chart-data.js';
import { chartSvg, type ChartSpec } from './chart-svg.js';
import { cjkFontOf } from './cjk-font.js';
import { pdfCellText } from './pdf-cell.js';
import { drawTable, type PdfTable } from './pdf-table.js';
import { pageNumber, PDF_TEXT } from './pdf-text.js';

export interface PdfContext {
  /** From the injectable clock. */
  generatedAt: Date;
  /** Whose customers and which period, as the reader should understand it ("Team east, 2024-01-01 – 2024-04-01"). */
  scope: string;
  timeZone?: string;
  /** Table rows printed at most (default PDF_MAX_ROWS); the note under the table says how many were left out. */
  maxRows?: number;
}

/** A printout is for reading: past a few hundred rows the XLSX export serves better, and rendering stays short. */
const PDF_MAX_ROWS = 300;

/** What the page shows, in the reader's language. */
interface PdfReportSpec {
  title: string;
  subtitle: string;
  chart?: ChartSpec;
  table: PdfTable;
}

/** An A4 report: title, scope and generation time, the chart (if the report has one), the table, page numbers. */
export async function renderPdf(report: ReportDescriptor, rows: readonly ReportRow[], locale: LabelLocale, context: PdfContext): Promise<Buffer> {
  const timeZone = context.timeZone ?? DEFAULT_TIME_ZONE;
  const columns = report.pdfColumns ? report.columns.filter((column) => report.pdfColumns?.includes(column.key)) : report.columns;
  const shown = rows.slice(0, context.maxRows ?? PDF_MAX_ROWS);
  const spec: PdfReportSpec = {
    title: report.title[locale],
    subtitle: `${PDF_TEXT.scope[locale]}: ${context.scope}    ${PDF_TEXT.generatedAt[locale]}: ${pdfCellText({ key: 'at', label: 'createdAt', kind: 'datetime' }, context.generatedAt.toISOString(), locale, timeZone)} (${timeZone})`,
    chart: chartSpecOf(report, rows, locale),
    table: {
      headers: columns.map((column) => columnHeader(column, locale)),
      numeric: columns.map((column) => column.kind !== 'text' && column.kind !== 'datetime'),
      rows: shown.map((row) => columns.map((column) => pdfCellText(column, row[column.key], locale, timeZone))),
      total: rows.length,
    },
  };
  return draw(spec, locale, context.generatedAt, columns.length > 8 ? 'landscape' : 'portrait');
}

async function draw(spec: PdfReportSpec, locale: LabelLocale, generatedAt: Date, layout: 'portrait' | 'landscape'): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout,
    margins: { top: 48, bottom: 48, left: 40, right: 40 },
    bufferPages: true,
    info: { Title: spec.title, Creator: 'Dossier', CreationDate: generatedAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  doc.registerFont('cjk', cjkFontOf(locale));
  doc.font('cjk');
  doc.fontSize(18).fillColor('#1f2d3d').text(spec.title);
  doc.moveDown(0.2).fontSize(9).fillColor('#555555').text(spec.subtitle);
  doc.moveDown(1);
  if (spec.chart && spec.chart.data.length > 0) await drawChart(doc, spec.chart);
  if (spec.table.rows.length === 0) doc.fontSize(10).fillColor('#555555').text(PDF_TEXT.noRows[locale]);
  else await drawTable(doc, spec.table, locale);
  numberPages(doc, locale);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

async function drawChart(doc: PDFKit.PDFDocument, chart: ChartSpec): Promise<void> {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const svg = await chartSvg(chart, Math.min(420, width - 120), 200);
  const size = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  const svgWidth = Number(size?.[1] ?? width);
  const svgHeight = Number(size?.[2] ?? 240);
  const scale = Math.min(1, width / svgWidth);
  const top = doc.y;
  SVGtoPDF(doc, svg, doc.page.margins.left, top, { width: svgWidth * scale, height: svgHeight * scale, fontCallback: () => 'cjk' });
  doc.font('cjk');
  doc.x = doc.page.margins.left;
  doc.y = top + svgHeight * scale + 16;
}

function numberPages(doc: PDFKit.PDFDocument, locale: LabelLocale): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would make pdfkit open a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .fontSize(8)
      .fillColor('#777777')
      .text(pageNumber(i - start + 1, count, locale), doc.page.margins.left, doc.page.height - 30, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

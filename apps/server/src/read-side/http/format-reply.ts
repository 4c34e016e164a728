import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import { labelLocaleOf, type LabelLocale } from '#domain';
import { renderCsv } from '../../exports/csv/render-csv.js';
import { renderPdf, type PdfContext } from '../../exports/pdf/render-pdf.js';
import type { ReportDescriptor, ReportRow } from '../../exports/report-descriptor.js';
import { renderXlsx, streamXlsx, XLSX_CONTENT_TYPE } from '../../exports/xlsx/render-xlsx.js';
import type { ReportFormat } from './export-formats.js';

/** The label locale the request's Accept-Language asks for (English by default). */
export const localeOf = (reply: FastifyReply): LabelLocale => labelLocaleOf(reply.request.headers['accept-language']);

/**
 * A report's rows as a download in the asked format: sets the headers and gives the body for the
 * handler to return. (Sending it here as well as returning from a passthrough handler would send
 * twice: Fastify's "Reply was already sent" warning.) PDF needs the context it prints.
 */
export async function fileReply(
  reply: FastifyReply,
  format: Exclude<ReportFormat, 'json'>,
  report: ReportDescriptor,
  rows: readonly ReportRow[],
  pdf?: () => Promise<PdfContext>,
): Promise<string | Buffer> {
  const locale = localeOf(reply);
  reply.header('vary', 'accept-language');
  switch (format) {
    case 'csv':
      attachment(reply, 'text/csv; charset=utf-8', `${report.name}.csv`);
      return renderCsv(report, rows, locale);
    case 'xlsx':
      attachment(reply, XLSX_CONTENT_TYPE, `${report.name}.xlsx`);
      return renderXlsx(report, rows, locale);
    case 'pdf': {
      if (!pdf) throw new Error(`${report.name} has no PDF context`);
      const context = await pdf();
      attachment(reply, 'application/pdf', `${report.name}.pdf`);
      return renderPdf(report, rows, locale, context);
    }
  }
}

/** A long list as an XLSX stream, written page by page as the read store gives them. */
export function streamedXlsxReply(reply: FastifyReply, report: ReportDescriptor, pages: AsyncIterable<readonly ReportRow[]>): Readable {
  reply.header('vary', 'accept-language');
  attachment(reply, XLSX_CONTENT_TYPE, `${report.name}.xlsx`);
  return streamXlsx(report, pages, localeOf(reply));
}

function attachment(reply: FastifyReply, contentType: string, filename: string): void {
  reply.header('content-type', contentType).header('content-disposition', `attachment; filename="${filename}"`);
}

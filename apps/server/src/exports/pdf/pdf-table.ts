import type { LabelLocale } from '#domain';
import { truncatedNote } from './pdf-text.js';

export interface PdfTable {
  headers: string[];
  /** Right-aligned columns (numbers). */
  numeric: boolean[];
  rows: string[][];
  /** All rows of the report, when more than `rows` were left to the XLSX. */
  total: number;
}

const FONT_SIZE = 8;
const PADDING = 3;

/**
 * Draws the table from the current position: wrapped cells, the header row repeated on every page, a
 * page break before a row that would not fit. Yields to the event loop every few dozen rows, so a
 * long printout does not hold up other requests.
 */
export async function drawTable(doc: PDFKit.PDFDocument, table: PdfTable, locale: LabelLocale): Promise<void> {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const widths = columnWidths(table, width);
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  doc.fontSize(FONT_SIZE);

  const drawRow = (cells: string[], header: boolean) => {
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i] - 2 * PADDING }))) + 2 * PADDING;
    if (doc.y + height > bottom()) {
      doc.addPage();
      if (!header) drawRow(table.headers, true);
    }
    const top = doc.y;
    if (header) doc.rect(left, top, width, height).fill('#e8edf3');
    doc.fillColor(header ? '#1f2d3d' : '#222222');
    let x = left;
    cells.forEach((cell, i) => {
      doc.text(cell, x + PADDING, top + PADDING, { width: widths[i] - 2 * PADDING, align: table.numeric[i] ? 'right' : 'left' });
      x += widths[i];
    });
    doc
      .moveTo(left, top + height)
      .lineTo(left + width, top + height)
      .lineWidth(0.3)
      .stroke('#c0c8d2');
    doc.x = left;
    doc.y = top + height;
  };

  drawRow(table.headers, true);
  for (const [index, row] of table.rows.entries()) {
    drawRow(row, false);
    if (index % 40 === 39) await new Promise((resolve) => setImmediate(resolve));
  }
  if (table.total > table.rows.length) {
    doc
      .moveDown(0.5)
      .fillColor('#555555')
      .text(truncatedNote(table.rows.length, table.total, locale), left, doc.y, { width });
  }
}

/** Widths in proportion to each column's longest text (header and first rows), none too narrow or too wide. */
function columnWidths(table: PdfTable, total: number): number[] {
  const sample = [table.headers, ...table.rows.slice(0, 50)];
  const weights = table.headers.map((_, i) => Math.min(28, Math.max(5, ...sample.map((row) => displayLength(row[i] ?? '')))));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((weight) => (weight / sum) * total);
}

const displayLength = (text: string): number => [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

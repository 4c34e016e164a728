import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { zipInputOf } from '../xlsx/render-xlsx.js';

// streamXlsx bounds its memory by reading how much sheet XML waits in the zip's input, an exceljs
// internal: this fails when an exceljs upgrade moves it, before a 100k-row export fills the memory.
describe('the XLSX writer backpressure', () => {
  it('finds the zip input of a sheet, and its backlog grows while the zip does not read', async () => {
    const output = new PassThrough();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet('s');
    sheet.columns = [{ header: 'text', key: 'text' }];
    for (let i = 0; i < 20_000; i++) sheet.addRow([`row ${i} ${'x'.repeat(50)}`]).commit();
    const input = zipInputOf(sheet);
    expect(input).toBeDefined();
    expect(input?._writableState?.length).toBeGreaterThan(1024 * 1024);
    output.resume();
    sheet.commit();
    await workbook.commit();
  });
});

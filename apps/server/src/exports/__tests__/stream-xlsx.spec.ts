import ExcelJS from 'exceljs';
import type { ReportDescriptor, ReportRow } from '../report-descriptor.js';
import { streamXlsx } from '../xlsx/render-xlsx.js';

const report: ReportDescriptor = {
  name: 'customers',
  title: { en: 'Customers', 'zh-Hans': '客户列表', 'zh-Hant': '客戶列表' },
  columns: [
    { key: 'name', label: 'name', kind: 'text' },
    { key: 'revision', label: 'revision', kind: 'integer' },
  ],
};
const page = (n: number, from: number): ReportRow[] =>
  Array.from({ length: n }, (_, i) => ({ name: `Customer ${from + i} ${'x'.repeat(200)}`, revision: from + i }));

describe('streamXlsx', () => {
  it('writes every page it is given, in order', async () => {
    async function* pages() {
      for (let p = 0; p < 5; p++) yield page(1000, p * 1000);
    }
    const chunks: Buffer[] = [];
    for await (const chunk of streamXlsx(report, pages(), 'en')) chunks.push(chunk as Buffer);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(5001);
    expect(sheet.getRow(5001).getCell(2).value).toBe(4999);
  });

  it('stops reading pages once the reader has gone, without an unhandled error', async () => {
    let read = 0;
    let finished = false;
    async function* pages() {
      try {
        for (;;) {
          read++;
          yield page(1000, read * 1000);
        }
      } finally {
        finished = true;
      }
    }
    const stream = streamXlsx(report, pages(), 'en');
    await new Promise<void>((resolve) => stream.once('data', () => resolve()));
    stream.pause();
    stream.destroy();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const readThen = read;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(read).toBe(readThen);
    expect(read).toBeLessThan(100);
    expect(finished).toBe(true);
  });
});

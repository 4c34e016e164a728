import { renderCsv } from '../csv/render-csv.js';
import type { ReportDescriptor } from '../report-descriptor.js';

const report: Pick<ReportDescriptor, 'columns'> = {
  columns: [
    { key: 'name', label: 'name', kind: 'text' },
    { key: 'status', label: 'status', kind: 'text', list: 'status' },
    { key: 'spend', label: 'trailing12MonthSpend', kind: 'money' },
    { key: 'tags', label: 'tags', kind: 'text' },
  ],
};
const rows = [{ name: '=cmd|x', status: 'won', spend: 1_234_567, tags: { a: 1 } }];

describe('renderCsv', () => {
  it('in English: a BOM, then the machine names and the stored values, formulas quoted', () => {
    expect(renderCsv(report, rows, 'en')).toBe('\uFEFFname,status,spend,tags\n\'=cmd|x,won,1234567,"{""a"":1}"\n');
  });

  it('in Chinese: labelled headers and values, money in yuan', () => {
    expect(renderCsv(report, rows, 'zh-Hant').split('\n')).toEqual([
      '\uFEFF客戶名稱,客戶狀態,近12個月消費額（元）,標籤',
      '\'=cmd|x,成交客戶,12345.67,"{""a"":1}"',
      '',
    ]);
  });

  it('keeps its header row when there are no rows', () => {
    expect(renderCsv(report, [], 'en')).toBe('\uFEFFname,status,spend,tags\n');
  });
});

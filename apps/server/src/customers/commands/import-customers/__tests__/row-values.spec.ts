import iconv from 'iconv-lite';
import { decodeCsv } from '../csv-text.js';
import { dateOf, textOf } from '../row-values.js';

describe('reading cells as people type them', () => {
  it.each([
    ['2024-01-15', '2024-01-15'],
    ['2024/1/15', '2024-01-15'],
    ['2024.1.5', '2024-01-05'],
    ['2024年1月15日', '2024-01-15'],
    [new Date(Date.UTC(2024, 0, 15)), '2024-01-15'],
    ['2024-01-15T08:30:00Z', '2024-01-15T08:30:00Z'],
  ])('reads the date %p as %p', (cell, expected) => {
    expect(dateOf(cell)).toBe(expected);
  });

  it.each(['2024/2/30', '2024-13-01', '15/01/2024', 'yesterday', ''])('refuses %p as a date', (cell) => {
    expect(dateOf(cell)).toBeUndefined();
  });

  it('keeps a phone typed as a number whole, and an empty cell empty', () => {
    expect(textOf(13800138000)).toBe('13800138000');
    expect(textOf('  ')).toBeUndefined();
  });
});

describe('decoding a CSV file', () => {
  const text = '客户名称,地区\n杭州物流,华东\n';

  it('reads UTF-8 with or without its BOM', () => {
    expect(decodeCsv(Buffer.from(text, 'utf8'))).toBe(text);
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toBe(text);
  });

  it('takes bytes that are not UTF-8 as GB18030, as Excel in mainland China saves them', () => {
    expect(decodeCsv(iconv.encode(text, 'gbk'))).toBe(text);
    expect(decodeCsv(iconv.encode(text, 'gb18030'), 'utf-8')).toBe(text);
  });

  it('uses a named encoding, and a UTF-16 BOM', () => {
    expect(decodeCsv(iconv.encode('名稱,地區\n', 'big5'), 'big5')).toBe('名稱,地區\n');
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]))).toBe(text);
  });
});

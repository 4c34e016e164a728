import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPdf } from '../pdf/render-pdf.js';
import type { ReportDescriptor } from '../report-descriptor.js';

const report: ReportDescriptor = {
  name: 'churn-risk',
  title: { en: 'Churn risk', 'zh-Hans': '流失风险', 'zh-Hant': '流失風險' },
  columns: [
    { key: 'name', label: 'name', kind: 'text' },
    { key: 'score', label: 'churnRiskScore', kind: 'integer' },
    { key: 'reasons', label: 'churnRiskReasons', kind: 'text' },
  ],
};
const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `客户 ${i + 1}`, score: 100 - (i % 100), reasons: '90 天未联系; 逾期提醒' }));
const context = { generatedAt: new Date('2024-06-01T08:00:00.000Z'), scope: 'All customers' };
const pageCount = (pdf: Buffer) => Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
if (!hasPdftotext) process.stdout.write('render-pdf.spec: pdftotext (poppler-utils) is missing: page counts are checked, page text is not\n');

describe('renderPdf', () => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-pdf-spec-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const textOf = (pdf: Buffer) => {
    writeFileSync(join(work, 'r.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(work, 'r.pdf'), '-']).toString();
  };

  it('breaks a long table over pages, repeating its header, numbering every page', async () => {
    const pdf = await renderPdf(report, rowsOf(120), 'en', context);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    if (!hasPdftotext) return;
    const text = textOf(pdf);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text.split('Churn risk score').length - 1).toBe(pages);
    expect(text).toContain('客户 120');
    expect(text).toContain('2024-06-01 16:00 (Asia/Shanghai)');
  });

  it('prints at most maxRows rows and says how many were left to the XLSX', async () => {
    const pdf = await renderPdf(report, rowsOf(50), 'zh-Hans', { ...context, maxRows: 10 });
    if (!hasPdftotext) return;
    const text = textOf(pdf);
    expect(text).toContain('客户 10');
    expect(text).not.toContain('客户 11');
    expect(text).toContain('仅列出 50 行中的前 10 行');
  });
});

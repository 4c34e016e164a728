import type { LabelLocale } from '#domain';
import type { LocalizedText } from '../report-descriptor.js';

/** The words a PDF report prints around its content. */
export const PDF_TEXT = {
  generatedAt: { en: 'Generated', 'zh-Hans': '生成时间', 'zh-Hant': '生成時間' },
  scope: { en: 'Scope', 'zh-Hans': '范围', 'zh-Hant': '範圍' },
  noRows: { en: 'No data in this scope.', 'zh-Hans': '此范围内没有数据。', 'zh-Hant': '此範圍內沒有資料。' },
  allCustomers: { en: 'All customers', 'zh-Hans': '全部客户', 'zh-Hant': '全部客戶' },
  ownCustomers: { en: 'Own customers', 'zh-Hans': '本人客户', 'zh-Hant': '本人客戶' },
  team: { en: 'Team', 'zh-Hans': '团队', 'zh-Hant': '團隊' },
} as const satisfies Record<string, LocalizedText>;

/** "Page 2 of 5" / "第 2 / 5 页". */
export function pageNumber(page: number, pages: number, locale: LabelLocale): string {
  if (locale === 'en') return `Page ${page} of ${pages}`;
  return `第 ${page} / ${pages} ${locale === 'zh-Hant' ? '頁' : '页'}`;
}

/** Rows left out of a long table: the PDF is a printout, the XLSX carries every row. */
export function truncatedNote(shown: number, total: number, locale: LabelLocale): string {
  if (locale === 'en') return `The first ${shown} of ${total} rows are shown; the XLSX export has them all.`;
  return locale === 'zh-Hant'
    ? `僅列出 ${total} 行中的前 ${shown} 行；XLSX 匯出包含全部資料。`
    : `仅列出 ${total} 行中的前 ${shown} 行；XLSX 导出包含全部数据。`;
}

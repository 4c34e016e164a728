import type { LabelledList } from '#domain';
import type { FunnelGrouping } from '#projections';
import type { ReportColumn, ReportDescriptor } from '../../exports/report-descriptor.js';

// What each analytics answer is as a file (CSV, XLSX, PDF): its columns (keys as today's CSV has them), title and chart.

const STAGES = ['prospect', 'qualified', 'won', 'churned'] as const;
const INTERVALS = ['prospectToQualified', 'qualifiedToWon', 'prospectToWon'] as const;

const GROUP_LISTS: Partial<Record<FunnelGrouping, LabelledList>> = { industry: 'industry', region: 'region', source: 'source' };

export function funnelReport(groupBy: FunnelGrouping | undefined): ReportDescriptor {
  const list = groupBy ? GROUP_LISTS[groupBy] : undefined;
  const measure = (prefix: 'reached' | 'current' | 'conversion' | 'medianDays', stage: string, kind: ReportColumn['kind']): ReportColumn => ({
    key: `${prefix}.${stage}`,
    label: `${prefix}.${stage}` as ReportColumn['label'],
    kind,
    pivot: { stage, measure: prefix },
  });
  return {
    name: 'funnel',
    title: { en: 'Sales funnel', 'zh-Hans': '销售漏斗', 'zh-Hant': '銷售漏斗' },
    columns: [
      { key: 'group', label: 'group', kind: 'text', ...(list ? { list } : {}) },
      { key: 'registered', label: 'registered', kind: 'integer' },
      ...STAGES.map((stage) => measure('reached', stage, 'integer')),
      ...INTERVALS.map((interval) => measure('conversion', interval, 'ratio')),
      ...INTERVALS.map((interval) => measure('medianDays', interval, 'decimal')),
      ...STAGES.map((stage) => measure('current', stage, 'integer')),
    ],
    chart: { kind: 'funnel', category: 'stage', value: 'reached', only: ['prospect', 'qualified', 'won'] },
    pivot: { stages: 'funnelStage', measures: 'funnelMeasure' },
    pdfColumns: ['group', 'registered', 'reached.prospect', 'reached.qualified', 'reached.won', 'conversion.prospectToWon', 'medianDays.prospectToWon'],
  };
}

export const CHURN_RISK_REPORT: ReportDescriptor = {
  name: 'churn-risk',
  title: { en: 'Churn risk', 'zh-Hans': '流失风险', 'zh-Hant': '流失風險' },
  columns: [
    { key: 'id', label: 'id', kind: 'text' },
    { key: 'code', label: 'code', kind: 'text' },
    { key: 'name', label: 'name', kind: 'text' },
    { key: 'ownerId', label: 'ownerId', kind: 'text' },
    { key: 'status', label: 'status', kind: 'text', list: 'status' },
    { key: 'lastInteractionAt', label: 'lastInteractionAt', kind: 'datetime' },
    { key: 'score', label: 'churnRiskScore', kind: 'integer' },
    { key: 'level', label: 'churnRiskLevel', kind: 'text', list: 'churnRiskLevel' },
    { key: 'reasons', label: 'churnRiskReasons', kind: 'text' },
  ],
  pdfColumns: ['code', 'name', 'status', 'lastInteractionAt', 'score', 'level', 'reasons'],
};

export const INDUSTRY_DISTRIBUTION_REPORT: ReportDescriptor = {
  name: 'industry-distribution',
  title: { en: 'Industry distribution', 'zh-Hans': '行业分布', 'zh-Hant': '行業分佈' },
  columns: [
    { key: 'industry', label: 'industry', kind: 'text', list: 'industry' },
    { key: 'customers', label: 'customers', kind: 'integer' },
    { key: 'won', label: 'won', kind: 'integer' },
    { key: 'share', label: 'share', kind: 'ratio' },
  ],
  chart: { kind: 'pie', category: 'industry', value: 'customers' },
};

export function valueTrendReport(granularity: 'month' | 'quarter'): ReportDescriptor {
  return {
    name: 'value-trend',
    title:
      granularity === 'month'
        ? { en: 'Order value by month', 'zh-Hans': '月度订单金额趋势', 'zh-Hant': '月度訂單金額趨勢' }
        : { en: 'Order value by quarter', 'zh-Hans': '季度订单金额趋势', 'zh-Hant': '季度訂單金額趨勢' },
    columns: [
      { key: 'period', label: 'period', kind: 'text' },
      { key: 'currency', label: 'currency', kind: 'text' },
      { key: 'amount', label: 'orderValue', kind: 'money' },
      { key: 'orders', label: 'orders', kind: 'integer' },
    ],
    chart: { kind: 'line', category: 'period', value: 'amount', series: 'currency' },
  };
}

export const TAG_USAGE_REPORT: ReportDescriptor = {
  name: 'tags',
  title: { en: 'Tag usage', 'zh-Hans': '标签使用情况', 'zh-Hant': '標籤使用情況' },
  columns: [
    { key: 'tag', label: 'tags', kind: 'text' },
    { key: 'customers', label: 'customers', kind: 'integer' },
  ],
  chart: { kind: 'bar', category: 'tag', value: 'customers' },
};

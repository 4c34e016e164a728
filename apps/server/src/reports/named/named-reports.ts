import type { HideableField, Permission } from '#domain';

/**
 * The reports of GET /v1/reports, by name: what each presents, its title in the three label locales,
 * the chart it is drawn as (PDF export), and its table's columns in order (the CSV's header).
 */
export interface NamedReport {
  name: string;
  title: { en: string; 'zh-Hans': string; 'zh-Hant': string };
  chart?: 'funnel' | 'pie' | 'line' | 'bar';
  columns: readonly string[];
  /** Besides analytics.read (the route's), what the caller needs. */
  permission?: Permission;
  builtOn?: HideableField[];
  /** The route whose query it takes, or undefined for a report of its own. */
  presents?: string;
}

const STAGES = ['prospect', 'qualified', 'won', 'churned'];
const INTERVALS = ['prospectToQualified', 'qualifiedToWon', 'prospectToWon'];

export const NAMED_REPORTS: readonly NamedReport[] = [
  {
    name: 'funnel',
    title: { en: 'Sales funnel', 'zh-Hans': '销售漏斗分析', 'zh-Hant': '銷售漏斗分析' },
    chart: 'funnel',
    presents: '/v1/analytics/funnel',
    columns: [
      'group',
      'registered',
      ...STAGES.map((s) => `reached.${s}`),
      ...INTERVALS.map((i) => `conversion.${i}`),
      ...INTERVALS.map((i) => `medianDays.${i}`),
      ...STAGES.map((s) => `current.${s}`),
    ],
  },
  {
    name: 'industry-distribution',
    title: { en: 'Customers by industry', 'zh-Hans': '客户行业分布', 'zh-Hant': '客戶行業分佈' },
    chart: 'pie',
    presents: '/v1/analytics/industry-distribution',
    columns: ['industry', 'customers', 'won', 'share'],
  },
  {
    name: 'value-trend',
    title: { en: 'Customer value trend', 'zh-Hans': '客户价值趋势', 'zh-Hant': '客戶價值趨勢' },
    chart: 'line',
    presents: '/v1/analytics/value-trend',
    builtOn: ['value'],
    columns: ['period', 'currency', 'amount', 'orders'],
  },
  {
    name: 'churn-risk',
    title: { en: 'Churn risk', 'zh-Hans': '流失风险客户', 'zh-Hant': '流失風險客戶' },
    presents: '/v1/analytics/churn-risk',
    permission: 'churnRisk.read',
    columns: ['id', 'code', 'name', 'ownerId', 'status', 'lastInteractionAt', 'score', 'level', 'reasons'],
  },
  {
    name: 'monthly-activity',
    title: { en: 'Monthly customer activity', 'zh-Hans': '客户月度活跃度报表', 'zh-Hant': '客戶月度活躍度報表' },
    chart: 'bar',
    columns: ['month', 'ownerId', 'activeCustomers', 'customersWithFollowUps', 'customersWithOrders'],
  },
  {
    name: 'high-value',
    title: { en: 'High-value customers', 'zh-Hans': '高价值客户清单', 'zh-Hant': '高價值客戶清單' },
    builtOn: ['value'],
    columns: ['id', 'code', 'name', 'ownerId', 'trailing12MonthSpend', 'trailing12MonthSpendYuan', 'lifetimeSpend', 'orderCount', 'lastOrderAt'],
  },
];

export const namedReport = (name: string): NamedReport | undefined => NAMED_REPORTS.find((report) => report.name === name);

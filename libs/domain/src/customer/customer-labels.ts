// The one label table (English, simplified and traditional Chinese) for customer fields and list values.
// Imports read it to accept what people type, exports and the API docs to print what people read.

/** @public */
export const LABEL_LOCALES = ['en', 'zh-Hans', 'zh-Hant'] as const;
export type LabelLocale = (typeof LABEL_LOCALES)[number];

/** @public */
export interface Label {
  readonly en: string;
  readonly 'zh-Hans': string;
  readonly 'zh-Hant': string;
  /** Other spellings people use for the same thing (the seeds write 聯系人 and 聯繫人). */
  readonly aliases?: readonly string[];
}

/** Column headers of the seed's import template (table 1) and of exports, by field path. */
/** @public */
export const FIELD_LABELS = {
  code: { en: 'Customer code', 'zh-Hans': '客户编号', 'zh-Hant': '客戶編號' },
  name: { en: 'Customer name', 'zh-Hans': '客户名称', 'zh-Hant': '客戶名稱', aliases: ['客戶姓名', '客户姓名', '企業名稱', '企业名称'] },
  'contact.name': { en: 'Contact', 'zh-Hans': '联系人', 'zh-Hant': '聯繫人', aliases: ['聯系人', '联系人姓名', '聯繫人姓名', '聯系人姓名'] },
  'contact.title': { en: 'Contact title', 'zh-Hans': '联系人职位', 'zh-Hant': '聯繫人職位', aliases: ['聯系人職位'] },
  'contact.phone': {
    en: 'Mobile',
    'zh-Hans': '手机号码',
    'zh-Hant': '手機號碼',
    aliases: ['手機', '手机', '手機號', '手机号', '聯繫電話', '聯系電話', '联系电话', '電話', '电话'],
  },
  'contact.email': { en: 'Email', 'zh-Hans': '邮箱', 'zh-Hant': '郵箱', aliases: ['電子郵件', '电子邮件', '電郵'] },
  industry: { en: 'Industry', 'zh-Hans': '所属行业', 'zh-Hant': '所屬行業', aliases: ['行業', '行业'] },
  type: { en: 'Customer type', 'zh-Hans': '客户类型', 'zh-Hant': '客戶類型' },
  firstContactAt: { en: 'First contact', 'zh-Hans': '首次接触时间', 'zh-Hant': '首次接觸時間' },
  ownerId: { en: 'Owner', 'zh-Hans': '负责人', 'zh-Hant': '負責人', aliases: ['負責人(銷售)', '负责人(销售)', '負責人（銷售）', '负责人（销售）'] },
  status: { en: 'Status', 'zh-Hans': '客户状态', 'zh-Hant': '客戶狀態' },
  size: { en: 'Company size', 'zh-Hans': '企业规模', 'zh-Hant': '企業規模', aliases: ['客戶規模', '客户规模'] },
  source: { en: 'Source', 'zh-Hans': '来源渠道', 'zh-Hant': '來源渠道' },
  region: { en: 'Region', 'zh-Hans': '地区', 'zh-Hant': '地區', aliases: ['區域', '区域'] },
  needs: { en: 'Needs', 'zh-Hans': '客户需求', 'zh-Hant': '客戶需求', aliases: ['客戶需求描述', '客户需求描述', '核心需求'] },
  notes: { en: 'Notes', 'zh-Hans': '备注', 'zh-Hant': '備註', aliases: ['備注', '备注信息', '備註信息'] },
  tags: { en: 'Tags', 'zh-Hans': '标签', 'zh-Hant': '標籤' },
  createdAt: { en: 'Registered at', 'zh-Hans': '登记时间', 'zh-Hant': '登記時間' },
  updatedAt: { en: 'Updated at', 'zh-Hans': '更新时间', 'zh-Hant': '更新時間' },
  // Exports only (lists, analytics, audit history): columns no import template has.
  id: { en: 'Customer ID', 'zh-Hans': '客户ID', 'zh-Hant': '客戶ID' },
  revision: { en: 'Revision', 'zh-Hans': '版本号', 'zh-Hant': '版本號' },
  lastInteractionAt: { en: 'Last interaction', 'zh-Hans': '最近互动时间', 'zh-Hant': '最近互動時間' },
  trailing12MonthSpend: { en: 'Trailing 12-month spend (CNY)', 'zh-Hans': '近12个月消费额（元）', 'zh-Hant': '近12個月消費額（元）' },
  valueTier: { en: 'Value tier', 'zh-Hans': '价值等级', 'zh-Hant': '價值等級' },
  churnRiskScore: { en: 'Churn risk score', 'zh-Hans': '流失风险分', 'zh-Hant': '流失風險分' },
  churnRiskLevel: { en: 'Churn risk level', 'zh-Hans': '流失风险等级', 'zh-Hant': '流失風險等級' },
  churnRiskReasons: { en: 'Churn risk reasons', 'zh-Hans': '流失风险原因', 'zh-Hant': '流失風險原因' },
  group: { en: 'Group', 'zh-Hans': '分组', 'zh-Hant': '分組' },
  registered: { en: 'Registered', 'zh-Hans': '登记客户数', 'zh-Hant': '登記客戶數' },
  'reached.prospect': { en: 'Reached prospect', 'zh-Hans': '到达潜在客户', 'zh-Hant': '到達潛在客戶' },
  'reached.qualified': { en: 'Reached qualified', 'zh-Hans': '到达意向客户', 'zh-Hant': '到達意向客戶' },
  'reached.won': { en: 'Reached won', 'zh-Hans': '到达成交客户', 'zh-Hant': '到達成交客戶' },
  'reached.churned': { en: 'Reached churned', 'zh-Hans': '到达流失客户', 'zh-Hant': '到達流失客戶' },
  'conversion.prospectToQualified': { en: 'Conversion prospect → qualified', 'zh-Hans': '转化率（潜在→意向）', 'zh-Hant': '轉化率（潛在→意向）' },
  'conversion.qualifiedToWon': { en: 'Conversion qualified → won', 'zh-Hans': '转化率（意向→成交）', 'zh-Hant': '轉化率（意向→成交）' },
  'conversion.prospectToWon': { en: 'Conversion prospect → won', 'zh-Hans': '转化率（潜在→成交）', 'zh-Hant': '轉化率（潛在→成交）' },
  'medianDays.prospectToQualified': { en: 'Median days prospect → qualified', 'zh-Hans': '中位天数（潜在→意向）', 'zh-Hant': '中位天數（潛在→意向）' },
  'medianDays.qualifiedToWon': { en: 'Median days qualified → won', 'zh-Hans': '中位天数（意向→成交）', 'zh-Hant': '中位天數（意向→成交）' },
  'medianDays.prospectToWon': { en: 'Median days prospect → won', 'zh-Hans': '中位天数（潜在→成交）', 'zh-Hant': '中位天數（潛在→成交）' },
  'current.prospect': { en: 'Now prospect', 'zh-Hans': '当前潜在客户', 'zh-Hant': '當前潛在客戶' },
  'current.qualified': { en: 'Now qualified', 'zh-Hans': '当前意向客户', 'zh-Hant': '當前意向客戶' },
  'current.won': { en: 'Now won', 'zh-Hans': '当前成交客户', 'zh-Hant': '當前成交客戶' },
  'current.churned': { en: 'Now churned', 'zh-Hans': '当前流失客户', 'zh-Hant': '當前流失客戶' },
  customers: { en: 'Customers', 'zh-Hans': '客户数', 'zh-Hant': '客戶數' },
  won: { en: 'Won', 'zh-Hans': '成交数', 'zh-Hant': '成交數' },
  share: { en: 'Share', 'zh-Hans': '占比', 'zh-Hant': '佔比' },
  period: { en: 'Period', 'zh-Hans': '期间', 'zh-Hant': '期間' },
  currency: { en: 'Currency', 'zh-Hans': '币种', 'zh-Hant': '幣種' },
  orderValue: { en: 'Order value', 'zh-Hans': '订单金额', 'zh-Hant': '訂單金額' },
  orders: { en: 'Orders', 'zh-Hans': '订单数', 'zh-Hant': '訂單數' },
  stage: { en: 'Stage', 'zh-Hans': '阶段', 'zh-Hant': '階段' },
  measure: { en: 'Measure', 'zh-Hans': '指标', 'zh-Hant': '指標' },
  value: { en: 'Value', 'zh-Hans': '数值', 'zh-Hant': '數值' },
  position: { en: 'Feed position', 'zh-Hans': '全局位置', 'zh-Hant': '全域位置' },
  eventId: { en: 'Event ID', 'zh-Hans': '事件ID', 'zh-Hant': '事件ID' },
  eventType: { en: 'Event type', 'zh-Hans': '事件类型', 'zh-Hant': '事件類型' },
  occurredAt: { en: 'Occurred at', 'zh-Hans': '发生时间', 'zh-Hant': '發生時間' },
  recordedAt: { en: 'Recorded at', 'zh-Hans': '记录时间', 'zh-Hant': '記錄時間' },
  actorId: { en: 'Actor', 'zh-Hans': '操作人', 'zh-Hant': '操作人' },
  actorRole: { en: 'Actor role', 'zh-Hans': '操作人角色', 'zh-Hant': '操作人角色' },
  correlationId: { en: 'Correlation ID', 'zh-Hans': '关联ID', 'zh-Hant': '關聯ID' },
  causationId: { en: 'Causation ID', 'zh-Hans': '因果ID', 'zh-Hant': '因果ID' },
  schemaVersion: { en: 'Schema version', 'zh-Hans': '结构版本', 'zh-Hant': '結構版本' },
  hashVersion: { en: 'Hash version', 'zh-Hans': '哈希版本', 'zh-Hant': '雜湊版本' },
  otherMetadata: { en: 'Other metadata', 'zh-Hans': '其他元数据', 'zh-Hant': '其他元資料' },
  prevHash: { en: 'Previous hash', 'zh-Hans': '前一哈希', 'zh-Hant': '前一雜湊' },
  hash: { en: 'Hash', 'zh-Hans': '哈希', 'zh-Hant': '雜湊' },
  data: { en: 'Event data', 'zh-Hans': '事件数据', 'zh-Hant': '事件資料' },
} as const satisfies Record<string, Label>;
export type LabelledField = keyof typeof FIELD_LABELS;

/** Labels of every closed list a customer field takes its value from. */
export const VALUE_LABELS = {
  status: {
    prospect: { en: 'Prospect', 'zh-Hans': '潜在客户', 'zh-Hant': '潛在客戶' },
    qualified: { en: 'Qualified', 'zh-Hans': '意向客户', 'zh-Hant': '意向客戶' },
    won: { en: 'Won', 'zh-Hans': '成交客户', 'zh-Hant': '成交客戶' },
    churned: { en: 'Churned', 'zh-Hans': '流失客户', 'zh-Hant': '流失客戶' },
  },
  type: {
    individual: { en: 'Individual', 'zh-Hans': '个人', 'zh-Hant': '個人', aliases: ['個人客戶', '个人客户'] },
    enterprise: { en: 'Enterprise', 'zh-Hans': '企业', 'zh-Hant': '企業', aliases: ['企業客戶', '企业客户'] },
  },
  industry: {
    internet: { en: 'Internet', 'zh-Hans': '互联网', 'zh-Hant': '互聯網', aliases: ['IT', '軟件和信息技術服務業', '软件和信息技术服务业'] },
    manufacturing: { en: 'Manufacturing', 'zh-Hans': '制造', 'zh-Hant': '製造', aliases: ['制造业', '製造業', '制造業'] },
    retail: { en: 'Retail', 'zh-Hans': '零售', 'zh-Hant': '零售', aliases: ['零售业', '零售業'] },
    finance: { en: 'Finance', 'zh-Hans': '金融', 'zh-Hant': '金融', aliases: ['金融业', '金融業'] },
    education: { en: 'Education', 'zh-Hans': '教育', 'zh-Hant': '教育' },
    healthcare: { en: 'Healthcare', 'zh-Hans': '医疗', 'zh-Hant': '醫療', aliases: ['医疗健康', '醫療健康'] },
    logistics: { en: 'Logistics', 'zh-Hans': '物流', 'zh-Hant': '物流' },
    government: { en: 'Government', 'zh-Hans': '政府', 'zh-Hant': '政府', aliases: ['政府机构', '政府機構'] },
    other: { en: 'Other', 'zh-Hans': '其他', 'zh-Hant': '其他' },
  },
  source: {
    exhibition: { en: 'Exhibition', 'zh-Hans': '展会', 'zh-Hant': '展會' },
    referral: { en: 'Referral', 'zh-Hans': '转介绍', 'zh-Hant': '轉介紹', aliases: ['介紹', '介绍'] },
    online: { en: 'Online', 'zh-Hans': '线上推广', 'zh-Hant': '線上推廣', aliases: ['線上', '线上'] },
    cold_call: { en: 'Cold call', 'zh-Hans': '电话营销', 'zh-Hant': '電話營銷', aliases: ['陌生拜访', '陌生拜訪'] },
    partner: { en: 'Partner', 'zh-Hans': '合作伙伴', 'zh-Hant': '合作夥伴' },
    other: { en: 'Other', 'zh-Hans': '其他', 'zh-Hant': '其他' },
  },
  size: {
    large: { en: 'Large (>500 staff)', 'zh-Hans': '大型', 'zh-Hant': '大型', aliases: ['大型企业', '大型企業'] },
    medium: { en: 'Medium (100–500 staff)', 'zh-Hans': '中型', 'zh-Hant': '中型', aliases: ['中型企业', '中型企業'] },
    small: { en: 'Small (<100 staff)', 'zh-Hans': '小型', 'zh-Hant': '小型', aliases: ['小型企业', '小型企業'] },
    micro: { en: 'Micro', 'zh-Hans': '微型', 'zh-Hant': '微型', aliases: ['微型企业', '微型企業'] },
  },
  region: {
    HB: { en: 'North China', 'zh-Hans': '华北', 'zh-Hant': '華北' },
    HD: { en: 'East China', 'zh-Hans': '华东', 'zh-Hant': '華東' },
    HN: { en: 'South China', 'zh-Hans': '华南', 'zh-Hant': '華南' },
    HZ: { en: 'Central China', 'zh-Hans': '华中', 'zh-Hant': '華中' },
    XB: { en: 'Northwest China', 'zh-Hans': '西北', 'zh-Hant': '西北' },
    XN: { en: 'Southwest China', 'zh-Hans': '西南', 'zh-Hant': '西南' },
    DB: { en: 'Northeast China', 'zh-Hans': '东北', 'zh-Hant': '東北' },
  },
  followUpMethod: {
    phone: { en: 'Phone', 'zh-Hans': '电话', 'zh-Hant': '電話' },
    visit: { en: 'Visit', 'zh-Hans': '拜访', 'zh-Hant': '拜訪' },
    email: { en: 'Email', 'zh-Hans': '邮件', 'zh-Hant': '郵件' },
    online_meeting: { en: 'Online meeting', 'zh-Hans': '线上会议', 'zh-Hant': '線上會議' },
  },
  followUpKind: {
    sales: { en: 'Sales', 'zh-Hans': '销售跟进', 'zh-Hant': '銷售跟進' },
    inquiry: { en: 'Inquiry', 'zh-Hans': '咨询', 'zh-Hant': '咨詢', aliases: ['諮詢'] },
    complaint: { en: 'Complaint', 'zh-Hans': '投诉', 'zh-Hant': '投訴' },
    after_sales: { en: 'After-sales', 'zh-Hans': '售后', 'zh-Hant': '售後' },
  },
  serviceCategory: {
    product_quality: { en: 'Product quality', 'zh-Hans': '产品质量', 'zh-Hant': '產品質量' },
    delivery: { en: 'Delivery', 'zh-Hans': '物流配送', 'zh-Hant': '物流配送' },
    billing: { en: 'Billing', 'zh-Hans': '账单费用', 'zh-Hant': '賬單費用' },
    service_attitude: { en: 'Service attitude', 'zh-Hans': '服务态度', 'zh-Hant': '服務態度' },
    technical: { en: 'Technical', 'zh-Hans': '技术问题', 'zh-Hant': '技術問題' },
    other: { en: 'Other', 'zh-Hans': '其他', 'zh-Hant': '其他' },
  },
  tagCategory: {
    basic: { en: 'Basic information', 'zh-Hans': '基本信息', 'zh-Hant': '基本信息' },
    behaviour: { en: 'Behaviour', 'zh-Hans': '行为', 'zh-Hant': '行為' },
    value: { en: 'Value', 'zh-Hans': '价值', 'zh-Hant': '價值' },
    preference: { en: 'Preference', 'zh-Hans': '偏好', 'zh-Hant': '偏好' },
    uncategorised: { en: 'Uncategorised', 'zh-Hans': '未分类', 'zh-Hant': '未分類' },
  },
  valueTier: {
    high: { en: 'High value', 'zh-Hans': '高价值', 'zh-Hant': '高價值' },
    potential: { en: 'Potential', 'zh-Hans': '潜力', 'zh-Hant': '潛力' },
    normal: { en: 'Normal', 'zh-Hans': '普通', 'zh-Hant': '普通' },
    low: { en: 'Low value', 'zh-Hans': '低价值', 'zh-Hant': '低價值' },
  },
  churnRiskLevel: {
    high: { en: 'High', 'zh-Hans': '高', 'zh-Hant': '高' },
    medium: { en: 'Medium', 'zh-Hans': '中', 'zh-Hant': '中' },
    low: { en: 'Low', 'zh-Hans': '低', 'zh-Hant': '低' },
  },
  /** The funnel's stages and the intervals between them (its conversion rates and median days). */
  funnelStage: {
    prospect: { en: 'Prospect', 'zh-Hans': '潜在客户', 'zh-Hant': '潛在客戶' },
    qualified: { en: 'Qualified', 'zh-Hans': '意向客户', 'zh-Hant': '意向客戶' },
    won: { en: 'Won', 'zh-Hans': '成交客户', 'zh-Hant': '成交客戶' },
    churned: { en: 'Churned', 'zh-Hans': '流失客户', 'zh-Hant': '流失客戶' },
    prospectToQualified: { en: 'Prospect → qualified', 'zh-Hans': '潜在→意向', 'zh-Hant': '潛在→意向' },
    qualifiedToWon: { en: 'Qualified → won', 'zh-Hans': '意向→成交', 'zh-Hant': '意向→成交' },
    prospectToWon: { en: 'Prospect → won', 'zh-Hans': '潜在→成交', 'zh-Hant': '潛在→成交' },
  },
  funnelMeasure: {
    reached: { en: 'Reached', 'zh-Hans': '到达数', 'zh-Hant': '到達數' },
    conversion: { en: 'Conversion rate', 'zh-Hans': '转化率', 'zh-Hant': '轉化率' },
    medianDays: { en: 'Median days', 'zh-Hans': '中位天数', 'zh-Hant': '中位天數' },
    current: { en: 'Now in stage', 'zh-Hans': '当前数量', 'zh-Hant': '當前數量' },
  },
  followUpResult: {
    interested: { en: 'Interested', 'zh-Hans': '有意向', 'zh-Hant': '有意向' },
    needs_follow_up: { en: 'Needs follow-up', 'zh-Hans': '需跟进', 'zh-Hant': '需跟進' },
    not_interested: { en: 'Not interested', 'zh-Hans': '暂无意向', 'zh-Hant': '暫無意向' },
  },
  segment: {
    important_value: { en: 'Important value', 'zh-Hans': '重要价值客户', 'zh-Hant': '重要價值客戶' },
    important_keep: { en: 'Important to keep', 'zh-Hans': '重要保持客户', 'zh-Hant': '重要保持客戶' },
    important_develop: { en: 'Important to develop', 'zh-Hans': '重要发展客户', 'zh-Hant': '重要發展客戶' },
    important_retain: { en: 'Important to win back', 'zh-Hans': '重要挽留客户', 'zh-Hant': '重要挽留客戶' },
    general_value: { en: 'General value', 'zh-Hans': '一般价值客户', 'zh-Hant': '一般價值客戶' },
    general_keep: { en: 'General to keep', 'zh-Hans': '一般保持客户', 'zh-Hant': '一般保持客戶' },
    general_develop: { en: 'General to develop', 'zh-Hans': '一般发展客户', 'zh-Hant': '一般發展客戶' },
    general_retain: { en: 'General to win back', 'zh-Hans': '一般挽留客户', 'zh-Hant': '一般挽留客戶' },
  },
  lifecycleStage: {
    prospect: { en: 'Prospect', 'zh-Hans': '潜客', 'zh-Hant': '潛客' },
    new: { en: 'New', 'zh-Hans': '新客', 'zh-Hant': '新客' },
    active: { en: 'Active', 'zh-Hans': '活跃客户', 'zh-Hant': '活躍客戶' },
    silent: { en: 'Silent', 'zh-Hans': '沉默客户', 'zh-Hant': '沉默客戶' },
    lost: { en: 'Lost', 'zh-Hans': '流失客户', 'zh-Hant': '流失客戶' },
  },
} as const satisfies Record<string, Record<string, Label>>;
export type LabelledList = keyof typeof VALUE_LABELS;

function spellings(value: string, label: Label): string[] {
  return [value, label.en, label['zh-Hans'], label['zh-Hant'], ...(label.aliases ?? [])];
}

function fold(text: string): string {
  return text.trim().toLowerCase();
}

function lookup<K extends string>(table: Record<K, Label>, text: string): K | undefined {
  const wanted = fold(text);
  for (const key of Object.keys(table) as K[]) {
    if (spellings(key, table[key]).some((s) => fold(s) === wanted)) return key;
  }
  return undefined;
}

/** The field a column header names, in any of its spellings; undefined when no field is called that. */
export function fieldOfHeader(header: string): LabelledField | undefined {
  return lookup<LabelledField>(FIELD_LABELS, header);
}

/** The list value a label stands for (`互聯網`, `互联网`, `Internet` and `internet` all give `internet`). */
export function valueOfLabel(list: LabelledList, text: string): string | undefined {
  return lookup(VALUE_LABELS[list] as Record<string, Label>, text);
}

export function fieldLabel(field: LabelledField, locale: LabelLocale): string {
  return FIELD_LABELS[field][locale];
}

/** A value's label; a value outside the table (a configured industry, a new region) reads as itself. */
export function valueLabel(list: LabelledList, value: string, locale: LabelLocale): string {
  const label = (VALUE_LABELS[list] as Record<string, Label>)[value];
  return label ? label[locale] : value;
}

/** The label locale an Accept-Language header asks for: traditional for zh-TW/HK/MO/Hant, simplified for other zh, else English. */
export function labelLocaleOf(acceptLanguage: string | undefined): LabelLocale {
  const first = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.split(';')[0]?.trim().toLowerCase() ?? '')
    .find((tag) => tag !== '');
  if (!first?.startsWith('zh')) return 'en';
  return /hant|-tw|-hk|-mo/.test(first) ? 'zh-Hant' : 'zh-Hans';
}

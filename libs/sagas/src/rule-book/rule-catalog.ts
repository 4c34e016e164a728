import { TRAILING_12_MONTHS_DAYS, VALUE_TIER_THRESHOLDS } from '#domain';

// The rules of SPEC §5: their ids, what an admin may edit, and the defaults before any edit.

export const RULE_IDS = [
  'high-value',
  'churn-risk',
  'churn-risk-clear',
  'pending-deal',
  'deal-closed',
  'next-follow-up',
  'recent-order',
  'recent-inquiry',
  'complaint-open',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const isRuleId = (value: string): value is RuleId => (RULE_IDS as readonly string[]).includes(value);

/** What an admin may change on a rule (PUT /v1/admin/rules/:id). */
export interface RuleChanges {
  threshold?: number;
  windowDays?: number;
  tag?: string;
  enabled?: boolean;
}

export type EditableField = keyof RuleChanges;

export interface RuleSettings {
  id: RuleId;
  description: string;
  enabled: boolean;
  /** The tag the rule sets (or removes). */
  tag?: string;
  /** Minor units (fen): 10,000,000 = 100,000.00 CNY. */
  threshold?: number;
  windowDays?: number;
  /** 1 for the defaults; +1 per admin change. */
  version: number;
  updatedAt?: string;
  updatedBy?: string;
}

export type RuleBook = Readonly<Record<RuleId, RuleSettings>>;

export const EDITABLE_FIELDS: Readonly<Record<RuleId, readonly EditableField[]>> = {
  'high-value': ['threshold', 'windowDays', 'tag', 'enabled'],
  'churn-risk': ['windowDays', 'tag', 'enabled'],
  'churn-risk-clear': ['enabled'],
  'pending-deal': ['tag', 'enabled'],
  'deal-closed': ['enabled'],
  'next-follow-up': ['enabled'],
  'recent-order': ['windowDays', 'tag', 'enabled'],
  'recent-inquiry': ['windowDays', 'tag', 'enabled'],
  'complaint-open': ['windowDays', 'enabled'],
};

/** Every 90 days while a customer keeps the high-value tag. */
export const HIGH_VALUE_REVISIT_DAYS = 90;
/** "Contact within 30 days" once a customer is at risk. */
export const CHURN_CONTACT_DAYS = 30;

export const DEFAULT_RULE_BOOK: RuleBook = {
  'high-value': {
    id: 'high-value',
    description: 'Trailing-window CNY order total at or above the threshold: tag, and a revisit reminder every 90 days while tagged',
    enabled: true,
    tag: 'high-value',
    threshold: VALUE_TIER_THRESHOLDS.high,
    windowDays: TRAILING_12_MONTHS_DAYS,
    version: 1,
  },
  'churn-risk': {
    id: 'churn-risk',
    description: 'No follow-up or order for windowDays (status not churned): tag, and a "contact within 30 days" reminder to the owner',
    enabled: true,
    tag: 'churn-risk',
    windowDays: 60,
    version: 1,
  },
  'churn-risk-clear': {
    id: 'churn-risk-clear',
    description: 'A follow-up or order on a churn-risk customer: untag churn-risk and cancel its open reminder',
    enabled: true,
    version: 1,
  },
  'pending-deal': {
    id: 'pending-deal',
    description: 'A follow-up with outcome quote_sent: tag',
    enabled: true,
    tag: 'pending-deal',
    version: 1,
  },
  'deal-closed': {
    id: 'deal-closed',
    description: 'A follow-up with outcome contract_signed: status won (reason "contract signed") and untag pending-deal',
    enabled: true,
    version: 1,
  },
  'next-follow-up': {
    id: 'next-follow-up',
    description: 'A follow-up with nextFollowUpAt: a reminder at that time for the owner',
    enabled: true,
    version: 1,
  },
  // The seed's behaviour tags (000: 行為標籤 近30天下單, 近期咨詢過產品).
  'recent-order': {
    id: 'recent-order',
    description: 'An order within windowDays (近30天下單): tag, removed once the newest order is older than the window',
    enabled: true,
    tag: 'recent-order',
    windowDays: 30,
    version: 1,
  },
  'recent-inquiry': {
    id: 'recent-inquiry',
    description: 'An inquiry follow-up within windowDays (近期咨詢過產品): tag, removed once the newest inquiry is older than the window',
    enabled: true,
    tag: 'recent-inquiry',
    windowDays: 30,
    version: 1,
  },
  'complaint-open': {
    id: 'complaint-open',
    description: 'A complaint still open windowDays after it was made: a reminder to the owner, cancelled when the complaint is resolved',
    enabled: true,
    windowDays: 7,
    version: 1,
  },
};

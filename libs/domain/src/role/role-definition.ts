import type { Permission } from './permissions.js';

/** Whose customers a role reaches: its own, its team's, everyone's, or nobody's. */
export const RECORD_SCOPES = ['own', 'team', 'all', 'none'] as const;
export type RecordScope = (typeof RECORD_SCOPES)[number];

/** Fields a role can hide (seed: 客服人員無需查看客戶消費金額，可在權限配置中隱藏相關列). */
export const HIDEABLE_FIELDS = [{ id: 'value', zh: '消费金额与客户价值', en: 'Spend and customer value' }] as const;
export type HideableField = (typeof HIDEABLE_FIELDS)[number]['id'];
export const HIDEABLE_FIELD_IDS: readonly HideableField[] = HIDEABLE_FIELDS.map((f) => f.id);

/** What a role sees of a customer's fields. */
export interface FieldVisibility {
  /** Phone and email in clear for every customer ('all') or only for the customers one owns ('own'). */
  contactInClear: 'all' | 'own';
  /** The encrypted `sensitive` fields, raw. */
  sensitive: boolean;
  /** Absent from reads, lists, exports, the feed and webhooks; analytics built on them answer 403. */
  hidden: HideableField[];
}

/** A role: what it may do, whose records it reaches, and how much of them it sees. */
export interface RoleDefinition {
  /** A slug: `key-account-sales`. Events record it as `actorRole`. */
  id: string;
  name: string;
  permissions: Permission[];
  records: RecordScope;
  fields: FieldVisibility;
  /** The seven default roles: read-only, can be copied. */
  preset: boolean;
}

export const ROLE_ID_PATTERN = /^[a-z][a-z0-9-]{1,47}$/;

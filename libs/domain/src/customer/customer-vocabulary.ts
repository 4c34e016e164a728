// The closed vocabularies of SPEC §3, shared by the decider, the DTOs and the read side.
export const CUSTOMER_STATUSES = ['prospect', 'qualified', 'won', 'churned'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

export const CUSTOMER_TYPES = ['individual', 'enterprise'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const DEFAULT_INDUSTRIES = ['internet', 'manufacturing', 'retail', 'finance', 'education', 'healthcare', 'logistics', 'government', 'other'] as const;
type Industry = string;

export const CUSTOMER_SOURCES = ['exhibition', 'referral', 'online', 'cold_call', 'partner', 'other'] as const;
export type CustomerSource = (typeof CUSTOMER_SOURCES)[number];

export const ENTERPRISE_SIZES = ['large', 'medium', 'small', 'micro'] as const;
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number];

export const FOLLOW_UP_METHODS = ['phone', 'visit', 'email', 'online_meeting'] as const;
export type FollowUpMethod = (typeof FOLLOW_UP_METHODS)[number];

export const FOLLOW_UP_RESULTS = ['interested', 'needs_follow_up', 'not_interested'] as const;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[number];

export const FOLLOW_UP_OUTCOMES = ['quote_sent', 'contract_signed'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

/** `sales` is every follow-up recorded before kinds existed; the others are service cases (seeds 001–003: 客服). */
export const FOLLOW_UP_KINDS = ['sales', 'inquiry', 'complaint', 'after_sales'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const SERVICE_CATEGORIES = ['product_quality', 'delivery', 'billing', 'service_attitude', 'technical', 'other'] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export const TAG_SOURCES = ['manual', 'rule'] as const;
export type TagSource = (typeof TAG_SOURCES)[number];

export const DEFAULT_MAX_TAGS = 10;

export const CUSTOMER_CODE_PATTERN = /^[A-Z]{2,4}-[A-Z]{2,4}-\d{4}-\d{3,}$/;
export const REGION_PATTERN = /^[A-Z]{2,4}$/;
export const MAINLAND_MOBILE_PATTERN = /^1[3-9]\d{9}$/;
export const E164_PATTERN = /^\+[1-9]\d{7,14}$/;
/** No leading or trailing spaces, so a tag reads and filters as it was typed. */
export const TAG_PATTERN = /^\S(.*\S)?$/;

export interface Contact {
  name?: string;
  title?: string;
  phone?: string;
  email?: string;
}

export interface SensitiveData {
  idNumber?: string;
  bankAccount?: string;
}

/**
 * What the user typed where it differs from the stored, normalised value (phones, e-mails, names),
 * kept in the event beside it so history shows both. Only the entered forms that differ are present.
 */
export interface EnteredValues {
  name?: string;
  contact?: Pick<Contact, 'name' | 'phone' | 'email'>;
}

/** Fields a profile update may change (SPEC §3); code, status, owner and tags have their own commands. */
export interface CustomerProfile {
  name: string;
  type: CustomerType;
  contact: Contact;
  industry: Industry;
  region: string;
  source: CustomerSource;
  size?: EnterpriseSize;
  firstContactAt?: string;
  needs?: string;
  notes?: string;
  sensitive?: SensitiveData;
}
export const PROFILE_FIELDS = [
  'name',
  'type',
  'contact',
  'industry',
  'region',
  'source',
  'size',
  'firstContactAt',
  'needs',
  'notes',
  'sensitive',
] as const satisfies readonly (keyof CustomerProfile)[];

import { contactAsSeen, hides, type PersonalDataView } from '#application';
import type { Contact, CustomerTag } from '#domain';
import type { CustomerValueModels } from '../analytics/value-models/customer-value-models.js';
import { churnRiskOf, valueMetricsOf, type ChurnRisk, type CustomerProfileDocument, type ValueMetrics } from '#projections';

export interface CustomerListItem {
  id: string;
  code: string;
  name: string;
  type: string;
  contact: Contact;
  industry: string;
  region: string;
  source: string;
  status: string;
  ownerId: string;
  tags: CustomerTag[];
  revision: number;
  registeredAt: string;
  updatedAt: string;
  lastInteractionAt: string | null;
  /** Absent for a role that hides `value`. */
  value?: ValueMetrics;
  churnRisk: ChurnRisk | null;
  /** Set while merged: the survivor (GET on the merged id still answers, with its own history). */
  mergedInto?: string;
  /** Set while archived. */
  archivedAt?: string;
}

export interface CustomerDetail extends CustomerListItem {
  size?: string;
  firstContactAt?: string;
  needs?: string;
  notes?: string;
  statusChangedAt: string;
  followUpCount: number;
  lastFollowUpAt: string | null;
  lastFollowUpResult: string | null;
  nextFollowUpAt: string | null;
}

/** The profile: the detail with the value models (RFM, lifecycle stage, LTV) as of now. */
export type CustomerProfileView = CustomerDetail & CustomerValueModels;

/** What a caller sees of a profile document: contact as the access policy's view allows, "now"-values computed. */
export function toListItem(doc: CustomerProfileDocument, view: PersonalDataView, now: Date): CustomerListItem {
  return {
    id: doc.id,
    code: doc.code,
    name: doc.name,
    type: doc.type,
    contact: contactAsSeen(doc.contact, view),
    industry: doc.industry,
    region: doc.region,
    source: doc.source,
    status: doc.status,
    ownerId: doc.ownerId,
    tags: doc.tagDetails,
    revision: doc.revision,
    registeredAt: doc.registeredAt,
    updatedAt: doc.updatedAt,
    lastInteractionAt: doc.lastInteractionAt ?? null,
    ...(hides(view, 'value') ? {} : { value: valueMetricsOf(doc, now) }),
    churnRisk: churnRiskOf(doc, now) ?? null,
    ...(doc.mergedInto ? { mergedInto: doc.mergedInto } : {}),
    ...(doc.archivedAt ? { archivedAt: doc.archivedAt } : {}),
  };
}

export function toDetail(doc: CustomerProfileDocument, view: PersonalDataView, now: Date): CustomerDetail {
  return {
    ...toListItem(doc, view, now),
    ...(doc.size ? { size: doc.size } : {}),
    ...(doc.firstContactAt ? { firstContactAt: doc.firstContactAt } : {}),
    ...(doc.needs !== undefined ? { needs: doc.needs } : {}),
    ...(doc.notes !== undefined ? { notes: doc.notes } : {}),
    statusChangedAt: doc.statusChangedAt,
    followUpCount: doc.followUpCount,
    lastFollowUpAt: doc.lastFollowUpAt ?? null,
    lastFollowUpResult: doc.lastFollowUpResult ?? null,
    nextFollowUpAt: doc.nextFollowUpAt ?? null,
  };
}

/** Flat columns for `?format=csv|xlsx` (customer-list-report.ts). */
export function toCsvRow(item: CustomerListItem): Record<string, unknown> {
  const { value, ...rest } = item;
  return {
    ...rest,
    phone: item.contact.phone,
    email: item.contact.email,
    contactName: item.contact.name,
    tags: item.tags.map((t) => t.tag).join('|'),
    ...(value ? { trailing12MonthSpend: value.trailing12MonthSpend, valueTier: value.tier } : {}),
    churnRiskScore: item.churnRisk?.score,
    churnRiskLevel: item.churnRisk?.level,
  };
}

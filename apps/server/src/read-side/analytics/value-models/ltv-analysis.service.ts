import { Inject, Injectable } from '@nestjs/common';
import { AccessPolicy } from '#application';
import { RFM_SEGMENTS, valueLabel, type Actor, type LabelLocale, type RfmSegment } from '#domain';
import {
  CUSTOMER_PROFILES,
  CUSTOMER_RFM,
  lifetimeValueOf,
  LTV_HORIZON_YEARS,
  rfmOf,
  type CustomerProfileDocument,
  type CustomerRfmDocument,
  type LifetimeValue,
} from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { AnalyticsSettingsService } from './analytics-settings.service.js';
import { ModelReadiness } from './model-readiness.js';
import { scanDocuments } from './scan-documents.js';

interface LtvSegmentRow {
  segment: RfmSegment;
  label: string;
  customers: number;
  /** Sum of the customers' LTV, CNY minor units. */
  ltv: number;
  averageLtv: number;
}

interface LtvCustomerRow extends LifetimeValue {
  customerId: string;
  name: string;
  ownerId: string;
  segment: RfmSegment;
}

export interface LtvAnalysis {
  at: string;
  building: boolean;
  horizonYears: typeof LTV_HORIZON_YEARS;
  customers: number;
  ltv: number;
  segments: LtvSegmentRow[];
  /** The customers of highest LTV, highest first. */
  top: LtvCustomerRow[];
}

/** The value analysis: LTV over the 3-year horizon by RFM segment, and the customers worth most. */
@Injectable()
export class LtvAnalysisService {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    private readonly access: AccessPolicy,
    private readonly settings: AnalyticsSettingsService,
    private readonly readiness: ModelReadiness,
  ) {}

  async analyse(actor: Actor, at: Date, locale: LabelLocale, limit: number): Promise<LtvAnalysis> {
    const owners = await this.access.ownerFilter(actor);
    const { rfm: thresholds } = await this.settings.current();
    const segments = new Map<RfmSegment, LtvSegmentRow>(
      RFM_SEGMENTS.map((segment) => [segment, { segment, label: valueLabel('segment', segment, locale), customers: 0, ltv: 0, averageLtv: 0 }]),
    );
    const top: Omit<LtvCustomerRow, 'name'>[] = [];
    let customers = 0;
    let total = 0;
    const filter = { ...(owners ? { equals: { ownerId: owners } } : {}), range: { orders: { gte: 1 } } };
    for await (const doc of scanDocuments<CustomerRfmDocument>(this.store, CUSTOMER_RFM, filter, 'ownerId')) {
      const scores = rfmOf(doc, thresholds, at);
      if (!scores) continue;
      const ltv = lifetimeValueOf(doc, scores.segment, at);
      customers += 1;
      total += ltv.value;
      const row = segments.get(scores.segment) as LtvSegmentRow;
      row.customers += 1;
      row.ltv += ltv.value;
      keepTop(top, { ...ltv, customerId: doc.id, ownerId: doc.ownerId, segment: scores.segment }, limit);
    }
    for (const row of segments.values()) row.averageLtv = row.customers === 0 ? 0 : Math.round(row.ltv / row.customers);
    const names = await Promise.all(top.map((row) => this.store.get<CustomerProfileDocument>(CUSTOMER_PROFILES, row.customerId)));
    return {
      at: at.toISOString(),
      building: await this.readiness.building('customer-rfm'),
      horizonYears: LTV_HORIZON_YEARS,
      customers,
      ltv: total,
      segments: [...segments.values()],
      top: top.map((row, i) => ({ ...row, name: names[i]?.document.name ?? '' })),
    };
  }
}

/** Keeps the `limit` highest by value, highest first (ties: by customer id), in place. */
function keepTop(top: Omit<LtvCustomerRow, 'name'>[], row: Omit<LtvCustomerRow, 'name'>, limit: number): void {
  if (limit === 0) return;
  const last = top.at(-1);
  if (top.length >= limit && last && (row.value < last.value || (row.value === last.value && row.customerId > last.customerId))) return;
  let i = top.length;
  while (i > 0 && (top[i - 1].value < row.value || (top[i - 1].value === row.value && top[i - 1].customerId > row.customerId))) i -= 1;
  top.splice(i, 0, row);
  if (top.length > limit) top.pop();
}

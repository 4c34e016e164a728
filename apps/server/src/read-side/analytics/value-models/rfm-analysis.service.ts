import { Inject, Injectable } from '@nestjs/common';
import { AccessPolicy } from '#application';
import { RFM_SEGMENTS, valueLabel, type Actor, type LabelLocale, type RfmSegment, type RfmThresholds } from '#domain';
import { CUSTOMER_RFM, rfmOf, type CustomerRfmDocument } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { AnalyticsSettingsService } from './analytics-settings.service.js';
import { ModelReadiness } from './model-readiness.js';
import { scanDocuments } from './scan-documents.js';

interface RfmSegmentRow {
  segment: RfmSegment;
  label: string;
  customers: number;
  /** CNY minor units, all time. */
  spend: number;
}

interface RfmGridCell {
  r: number;
  f: number;
  customers: number;
  spend: number;
}

export interface RfmAnalysis {
  at: string;
  building: boolean;
  thresholds: RfmThresholds;
  customers: number;
  spend: number;
  segments: RfmSegmentRow[];
  /** R 5…1 by F 1…5: 25 cells, empty ones included. */
  grid: RfmGridCell[];
}

/** Segment counts and value and the R×F grid, over the customers with a CNY order that the caller sees. */
@Injectable()
export class RfmAnalysisService {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    private readonly access: AccessPolicy,
    private readonly settings: AnalyticsSettingsService,
    private readonly readiness: ModelReadiness,
  ) {}

  async analyse(actor: Actor, at: Date, locale: LabelLocale): Promise<RfmAnalysis> {
    const owners = await this.access.ownerFilter(actor);
    const { rfm: thresholds } = await this.settings.current();
    const segments = new Map<RfmSegment, RfmSegmentRow>(
      RFM_SEGMENTS.map((segment) => [segment, { segment, label: valueLabel('segment', segment, locale), customers: 0, spend: 0 }]),
    );
    const grid: RfmGridCell[] = [5, 4, 3, 2, 1].flatMap((r) => [1, 2, 3, 4, 5].map((f) => ({ r, f, customers: 0, spend: 0 })));
    let customers = 0;
    let spend = 0;
    const filter = { ...(owners ? { equals: { ownerId: owners } } : {}), range: { orders: { gte: 1 } } };
    for await (const doc of scanDocuments<CustomerRfmDocument>(this.store, CUSTOMER_RFM, filter, 'ownerId')) {
      const scores = rfmOf(doc, thresholds, at);
      if (!scores) continue;
      customers += 1;
      spend += doc.spend;
      const row = segments.get(scores.segment) as RfmSegmentRow;
      row.customers += 1;
      row.spend += doc.spend;
      const cell = grid[(5 - scores.r) * 5 + (scores.f - 1)];
      cell.customers += 1;
      cell.spend += doc.spend;
    }
    return {
      at: at.toISOString(),
      building: await this.readiness.building('customer-rfm'),
      thresholds,
      customers,
      spend,
      segments: [...segments.values()],
      grid,
    };
  }
}

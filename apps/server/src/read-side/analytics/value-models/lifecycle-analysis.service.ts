import { Inject, Injectable } from '@nestjs/common';
import { AccessPolicy } from '#application';
import type { Actor, LifecycleThresholds } from '#domain';
import { CUSTOMER_LIFECYCLE, LifecycleTally, monthsBetween, type CustomerLifecycleDocument, type LifecycleReport } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { AnalyticsSettingsService } from './analytics-settings.service.js';
import { ModelReadiness } from './model-readiness.js';
import { scanDocuments } from './scan-documents.js';

export interface LifecycleAnalysis extends LifecycleReport {
  from: string;
  to: string;
  timeZone: string;
  building: boolean;
  thresholds: LifecycleThresholds;
}

/** Customers per lifecycle stage at the end of each month of TIME_ZONE, and the flows between stages, for the customers the caller sees. */
@Injectable()
export class LifecycleAnalysisService {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessPolicy,
    private readonly settings: AnalyticsSettingsService,
    private readonly readiness: ModelReadiness,
  ) {}

  async analyse(actor: Actor, from: string, to: string, now: Date): Promise<LifecycleAnalysis> {
    const owners = await this.access.ownerFilter(actor);
    const { lifecycle: thresholds } = await this.settings.current();
    const tally = new LifecycleTally(monthsBetween(from, to), thresholds, this.config.timeZone, now);
    const filter = owners ? { equals: { ownerId: owners } } : {};
    for await (const doc of scanDocuments<CustomerLifecycleDocument>(this.store, CUSTOMER_LIFECYCLE, filter, 'registeredAt')) tally.add(doc);
    return {
      from,
      to,
      timeZone: this.config.timeZone,
      building: await this.readiness.building('customer-lifecycle'),
      thresholds,
      ...tally.report(),
    };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { AnalyticsSettings, LifecycleStage } from '#domain';
import {
  CUSTOMER_LIFECYCLE,
  CUSTOMER_RFM,
  lifetimeValueOf,
  rfmOf,
  stageHistory,
  type CustomerLifecycleDocument,
  type CustomerRfmDocument,
  type LifetimeValue,
  type RfmScores,
  type StageEntry,
} from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';

/** What a role that hides `value` may see of RFM: recency and frequency, nothing of spend. */
type RfmAsSeen = RfmScores | Pick<RfmScores, 'recencyDays' | 'frequency' | 'r' | 'f'>;

export interface CustomerValueModels {
  /** null: no CNY order yet (or the model is still building). */
  rfm: RfmAsSeen | null;
  lifecycleStage: LifecycleStage | null;
  /** Absent for a role that hides `value`; null without orders. */
  ltv?: LifetimeValue | null;
}

/** A customer's RFM scores, lifecycle stage and LTV as of an instant, from the two read models and the admin's thresholds. */
@Injectable()
export class CustomerValueModelReader {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async documents(customerId: string): Promise<{ rfm?: CustomerRfmDocument; lifecycle?: CustomerLifecycleDocument }> {
    const [rfm, lifecycle] = await Promise.all([
      this.store.get<CustomerRfmDocument>(CUSTOMER_RFM, customerId),
      this.store.get<CustomerLifecycleDocument>(CUSTOMER_LIFECYCLE, customerId),
    ]);
    return { rfm: rfm?.document, lifecycle: lifecycle?.document };
  }

  async of(customerId: string, settings: AnalyticsSettings, at: Date, hidesValue: boolean): Promise<CustomerValueModels> {
    const documents = await this.documents(customerId);
    return valueModelsOf(documents, settings, at, hidesValue);
  }
}

export function valueModelsOf(
  documents: { rfm?: CustomerRfmDocument; lifecycle?: CustomerLifecycleDocument },
  settings: AnalyticsSettings,
  at: Date,
  hidesValue: boolean,
): CustomerValueModels {
  const scores = documents.rfm ? rfmOf(documents.rfm, settings.rfm, at) : undefined;
  const history: StageEntry[] = documents.lifecycle ? stageHistory(documents.lifecycle, settings.lifecycle, at) : [];
  const lifecycleStage = history.at(-1)?.stage ?? null;
  if (hidesValue) {
    const rfm = scores ? { recencyDays: scores.recencyDays, frequency: scores.frequency, r: scores.r, f: scores.f } : null;
    return { rfm, lifecycleStage };
  }
  const ltv = scores && documents.rfm ? lifetimeValueOf(documents.rfm, scores.segment, at) : null;
  return { rfm: scores ?? null, lifecycleStage, ltv };
}

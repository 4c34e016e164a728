import { Inject, Injectable } from '@nestjs/common';
import type { VisibleOwners } from '#application';
import { DAY_MS } from '#domain';
import { CUSTOMER_PROFILES, QUALITY_FLAGS, type QualityFlag } from '#projections';
import { READ_STORE, type DocumentFilter, type ReadStore } from '#read-store';
import { CLOCK, type Clock } from '#shared';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { DuplicateFinder } from './find-duplicates/duplicate-finder.js';
import { listScopeFilter } from './listed-customers.js';

/** `GET /v1/customers?quality=…`: each figure of the data-quality report lists its customers with one of these. */
export const QUALITY_FILTERS = [...QUALITY_FLAGS, 'invalid-industry', 'duplicate', 'stale'] as const;
export type QualityFilterValue = (typeof QUALITY_FILTERS)[number];

export const DEFAULT_STALE_DAYS = 90;

const isFlag = (quality: QualityFilterValue): quality is QualityFlag => (QUALITY_FLAGS as readonly string[]).includes(quality);

/**
 * The read-store filter of one quality value, evaluated under today's rules: flags kept by the profile
 * projection, industries against the configured list, staleness by the clock, duplicates by the finder.
 */
@Injectable()
export class QualityFilter {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly duplicates: DuplicateFinder,
  ) {}

  async of(quality: QualityFilterValue, owners: VisibleOwners, staleDays = DEFAULT_STALE_DAYS): Promise<DocumentFilter> {
    if (isFlag(quality)) return { has: { qualityFlags: quality } };
    switch (quality) {
      case 'invalid-industry':
        return { equals: { industry: await this.invalidIndustries(listScopeFilter(owners)) } };
      case 'stale':
        return { range: { updatedAt: { lt: this.staleBefore(staleDays) } } };
      case 'duplicate':
        return { ids: await this.duplicates.customerIds(owners) };
    }
  }

  /** The industries in use among `scope` that the configured list no longer has. */
  async invalidIndustries(scope: DocumentFilter): Promise<string[]> {
    const used = await this.store.countBy(CUSTOMER_PROFILES, 'industry', scope);
    return used.map((row) => String(row.value)).filter((industry) => !this.config.industries.includes(industry));
  }

  /** No update since this instant (business time of the newest event) is stale. */
  staleBefore(staleDays: number): string {
    return new Date(this.clock.now().getTime() - staleDays * DAY_MS).toISOString();
  }
}

import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import { FOLLOW_UPS, type FollowUpDocument } from '#projections';
import { READ_STORE, type DocumentFilter, type KeysetPosition, type ReadStore } from '#read-store';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { profilesOf } from '../scope/customers-in-scope.js';
import { serviceQualityReport, type ServiceQualityReport } from './service-quality-report.js';
import { ServiceQualityQuery } from './service-quality.query.js';

const SERVICE_KINDS = ['inquiry', 'complaint', 'after_sales'];
const PAGE = 2000;

/** Complaints, resolution times and satisfaction over the follow-ups of the customers the caller sees. */
@QueryHandler(ServiceQualityQuery)
export class ServiceQualityHandler implements IQueryHandler<ServiceQualityQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessPolicy,
  ) {}

  async execute({ actor, range, ownerId }: ServiceQualityQuery): Promise<ServiceQualityReport> {
    const owners = await this.access.ownerFilter(actor, ownerId);
    const visible = owners ? await this.customersOf(owners) : undefined;
    const at = { ...(range.from ? { gte: new Date(range.from).toISOString() } : {}), ...(range.to ? { lt: new Date(range.to).toISOString() } : {}) };
    // Service cases only: a satisfaction score on a sales follow-up is kept but is not a service figure.
    const filter: DocumentFilter = { equals: { kind: SERVICE_KINDS }, ...(Object.keys(at).length ? { range: { at } } : {}) };
    const followUps: FollowUpDocument[] = [];
    let after: KeysetPosition | undefined;
    do {
      const page = await this.store.list<FollowUpDocument>(FOLLOW_UPS, { filter, sort: { field: 'at', direction: 'asc' }, after, limit: PAGE });
      for (const followUp of page.items) if (!visible || visible.has(followUp.customerId)) followUps.push(followUp);
      after = page.next;
    } while (after);
    return serviceQualityReport(followUps, range, this.config.timeZone);
  }

  private async customersOf(owners: readonly string[]): Promise<Set<string>> {
    const ids = new Set<string>();
    for await (const page of profilesOf(this.store, owners)) for (const profile of page) ids.add(profile.id);
    return ids;
  }
}

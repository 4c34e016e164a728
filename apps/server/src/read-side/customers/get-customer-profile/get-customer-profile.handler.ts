import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy, CustomerCommandPipeline } from '#application';
import type { SensitiveData } from '#domain';
import { CUSTOMER_PROFILES, RETIRED_CUSTOMER_PROFILES, type CustomerProfileDocument } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { CLOCK, type Clock } from '#shared';
import { AnalyticsSettingsService } from '../../analytics/value-models/analytics-settings.service.js';
import { CustomerValueModelReader } from '../../analytics/value-models/customer-value-models.js';
import { toDetail, type CustomerProfileView } from '../customer-read-view.js';
import { GetCustomerProfileQuery } from './get-customer-profile.query.js';

@QueryHandler(GetCustomerProfileQuery)
export class GetCustomerProfileHandler implements IQueryHandler<GetCustomerProfileQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly access: AccessPolicy,
    private readonly customers: CustomerCommandPipeline,
    private readonly settings: AnalyticsSettingsService,
    private readonly models: CustomerValueModelReader,
  ) {}

  async execute({ customerId, actor }: GetCustomerProfileQuery): Promise<CustomerProfileView & { sensitive?: SensitiveData }> {
    // A merged or archived customer is out of the lists but still answers here.
    const stored =
      (await this.store.get<CustomerProfileDocument>(CUSTOMER_PROFILES, customerId)) ??
      (await this.store.get<CustomerProfileDocument>(RETIRED_CUSTOMER_PROFILES, customerId));
    const { retired: _retired, ...customer } = await this.access.assertCanSee(actor, stored?.document);
    const view = this.access.personalData(actor, customer);
    const now = this.clock.now();
    const models = await this.models.of(customerId, await this.settings.current(), now, await this.access.hidesField(actor, 'value'));
    const detail = { ...toDetail(customer, view, now), ...models };
    if (!view.sensitive) return detail;
    // Sensitive fields never enter a read model, so they come from the stream.
    const { state } = await this.customers.load(customerId);
    return state.kind === 'registered' && state.sensitive ? { ...detail, sensitive: state.sensitive } : detail;
  }
}

import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CustomerCommandPipeline } from '#application';
import type { SensitiveData } from '#domain';
import { CUSTOMER_PROFILES, type CustomerProfileDocument } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { CLOCK, type Clock } from '#shared';
import { toDetail, type CustomerDetail } from '../customer-read-view.js';
import { CustomerVisibility } from '../customer-visibility.js';
import { GetCustomerProfileQuery } from './get-customer-profile.query.js';

@QueryHandler(GetCustomerProfileQuery)
export class GetCustomerProfileHandler implements IQueryHandler<GetCustomerProfileQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly visibility: CustomerVisibility,
    private readonly customers: CustomerCommandPipeline,
  ) {}

  async execute({ customerId, actor }: GetCustomerProfileQuery): Promise<CustomerDetail & { sensitive?: SensitiveData }> {
    const stored = await this.store.get<CustomerProfileDocument>(CUSTOMER_PROFILES, customerId);
    const customer = await this.visibility.assertCanSee(actor, stored?.document);
    const detail = toDetail(customer, actor, this.clock.now());
    if (actor.role !== 'admin') return detail;
    // SPEC §7: sensitive fields are shown raw to admins only; they never enter a read model, so they come from the stream.
    const { state } = await this.customers.load(customerId);
    return state.kind === 'registered' && state.sensitive ? { ...detail, sensitive: state.sensitive } : detail;
  }
}

import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CustomerAccessPolicy, CustomerCommandPipeline } from '../../../../../../libs/application/src/index.js';
import { DomainError } from '../../../../../../libs/domain/src/index.js';
import { canSeePersonalData, maskContact } from '../../masking.js';
import type { CustomerView } from './customer-view.js';
import { GetCustomerQuery } from './get-customer.query.js';

/**
 * Temporary read path: folds the customer's stream on each request. The read-model projection
 * (issue "read side") replaces it with a document kept up to date by the projection runner.
 */
@QueryHandler(GetCustomerQuery)
export class GetCustomerHandler implements IQueryHandler<GetCustomerQuery> {
  constructor(
    private readonly pipeline: CustomerCommandPipeline,
    private readonly access: CustomerAccessPolicy,
  ) {}

  async execute({ customerId, actor }: GetCustomerQuery): Promise<CustomerView> {
    const { state, revision, position } = await this.pipeline.load(customerId);
    if (state.kind !== 'registered') throw new DomainError('not-found', 'Customer not found');
    await this.access.assertCanSee(actor, state);
    const { kind: _kind, orderIds, sensitive, contact, ...rest } = state;
    const personal = canSeePersonalData(actor, state.ownerId);
    return {
      id: customerId,
      ...rest,
      contact: personal ? contact : maskContact(contact),
      ...(actor.role === 'admin' && sensitive ? { sensitive } : {}),
      orderCount: orderIds.length,
      revision,
      position,
    };
  }
}

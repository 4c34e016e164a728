import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CustomerAuditTrail, type ChainVerification } from '#audit';
import { VerifyCustomerChainQuery } from './verify-customer-chain.query.js';

@QueryHandler(VerifyCustomerChainQuery)
export class VerifyCustomerChainHandler implements IQueryHandler<VerifyCustomerChainQuery> {
  constructor(private readonly trail: CustomerAuditTrail) {}

  execute({ customerId }: VerifyCustomerChainQuery): Promise<ChainVerification> {
    return this.trail.verify(customerId);
  }
}

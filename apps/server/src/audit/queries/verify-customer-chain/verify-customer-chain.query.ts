import { Query } from '@nestjs/cqrs';
import type { ChainVerification } from '#audit';

export class VerifyCustomerChainQuery extends Query<ChainVerification> {
  constructor(readonly customerId: string) {
    super();
  }
}

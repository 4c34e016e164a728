import { Query } from '@nestjs/cqrs';
import type { ChainVerification } from '../../../../../../libs/audit/src/index.js';

export class VerifyCustomerChainQuery extends Query<ChainVerification> {
  constructor(readonly customerId: string) {
    super();
  }
}

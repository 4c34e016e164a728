import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { ChainVerification } from '#audit';
import { RequirePermission } from '#auth';
import { customerIdPipe } from '../../../customers/dto/customer-id.param.js';
import { VerifyCustomerChainQuery } from './verify-customer-chain.query.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('v1/customers')
export class VerifyCustomerChainController {
  constructor(private readonly queries: QueryBus) {}

  /** 200 either way: a broken chain is a finding, not a failed request. */
  @Get(':id/verify')
  @RequirePermission('audit.read')
  @ApiNotFoundResponse({ description: 'no such customer' })
  verify(@Param('id', customerIdPipe) id: string): Promise<ChainVerification> {
    return this.queries.execute(new VerifyCustomerChainQuery(id));
  }
}

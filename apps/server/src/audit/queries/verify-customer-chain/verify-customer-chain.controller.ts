import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags, ApiOperation, ApiOkResponse } from '@nestjs/swagger';
import type { ChainVerification } from '#audit';
import { RequirePermission } from '#auth';
import { customerIdPipe } from '../../../customers/dto/customer-id.param.js';
import { VerifyCustomerChainQuery } from './verify-customer-chain.query.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { ChainVerificationResponseDto } from './chain-verification-response.dto.js';

@ApiTags('audit')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/customers')
export class VerifyCustomerChainController {
  constructor(private readonly queries: QueryBus) {}

  /** 200 either way: a broken chain is a finding, not a failed request. */
  @Get(':id/verify')
  @ApiOperation({ operationId: 'verifyCustomerChain', summary: 'Recompute a customer’s hash chain and check it against the newest anchor' })
  @ApiOkResponse({ type: ChainVerificationResponseDto })
  @ApiProblems(400, 404)
  @RequirePermission('audit.read')
  verify(@Param('id', customerIdPipe) id: string): Promise<ChainVerification> {
    return this.queries.execute(new VerifyCustomerChainQuery(id));
  }
}

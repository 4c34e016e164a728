import { Controller, Get, Param, Res, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags, ApiOperation, ApiOkResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { customerIdPipe } from '../../../customers/dto/customer-id.param.js';
import { ReadsModels } from '../../read-your-writes/reads-models.decorator.js';
import { MinPositionInterceptor } from '../../read-your-writes/min-position.interceptor.js';
import { ReadsValueModels } from '../../read-your-writes/reads-value-models.js';
import type { CustomerProfileView } from '../customer-read-view.js';
import { GetCustomerProfileQuery } from './get-customer-profile.query.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { CUSTOMER_DETAIL_EXAMPLE } from '../../../openapi/examples.js';
import { CustomerDetailResponseDto } from '../customer-detail-response.dto.js';

@ApiTags('customers')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/customers')
@UseInterceptors(MinPositionInterceptor)
@ReadsValueModels('when-following')
@ReadsModels('customer-profiles')
export class GetCustomerProfileController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOperation({ operationId: 'getCustomer', summary: 'A customer’s profile with tags, value, churn risk and last interaction' })
  @ApiOkResponse({
    type: CustomerDetailResponseDto,
    example: CUSTOMER_DETAIL_EXAMPLE,
    headers: { ETag: { description: 'The revision, for If-Match', schema: { type: 'string' } } },
  })
  @ApiProblems(400, 404, 503)
  @RequirePermission('customers.read')
  @ApiHeader({ name: 'X-Min-Position', required: false })
  async get(
    @Param('id', customerIdPipe) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerProfileView> {
    const customer = await this.queries.execute(new GetCustomerProfileQuery(id, actor));
    reply.header('etag', `"${customer.revision}"`);
    return customer;
  }
}

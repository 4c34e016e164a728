import { Controller, Get, Param, Res, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { customerIdPipe } from '../../../customers/dto/customer-id.param.js';
import { ReadsModels } from '../../read-your-writes/reads-models.decorator.js';
import { MinPositionInterceptor } from '../../read-your-writes/min-position.interceptor.js';
import { ReadsValueModels } from '../../read-your-writes/reads-value-models.js';
import type { CustomerProfileView } from '../customer-read-view.js';
import { GetCustomerProfileQuery } from './get-customer-profile.query.js';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/customers')
@UseInterceptors(MinPositionInterceptor)
@ReadsValueModels('when-following')
@ReadsModels('customer-profiles')
export class GetCustomerProfileController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @RequirePermission('customers.read')
  @ApiHeader({ name: 'X-Min-Position', required: false })
  @ApiNotFoundResponse({ description: 'no such customer, or not one you may see' })
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

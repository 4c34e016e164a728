import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../../../../../libs/application/src/index.js';
import { CurrentActor, Roles } from '../../../../../../libs/auth/src/index.js';
import { customerIdPipe } from '../../dto/customer-id.param.js';
import type { CustomerView } from './customer-view.js';
import { GetCustomerQuery } from './get-customer.query.js';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/customers')
export class GetCustomerController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @Roles('admin', 'manager', 'sales', 'service', 'analyst')
  @ApiNotFoundResponse({ description: 'no such customer, or not one you may see' })
  async get(
    @Param('id', customerIdPipe) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerView> {
    const view = await this.queries.execute(new GetCustomerQuery(id, actor));
    reply.header('etag', `"${view.revision}"`);
    return view;
  }
}

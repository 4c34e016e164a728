import { Controller, Get, Query, Res, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { csvReply } from '../../http/csv-reply.js';
import { ReadsModels } from '../../read-your-writes/reads-models.decorator.js';
import { MinPositionInterceptor } from '../../read-your-writes/min-position.interceptor.js';
import { customerCsvColumns, toCsvRow } from '../customer-read-view.js';
import { ListCustomersDto } from './list-customers.dto.js';
import { ListCustomersQuery, type CustomerPage } from './list-customers.query.js';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/customers')
@UseInterceptors(MinPositionInterceptor)
@ReadsModels('customer-profiles')
export class ListCustomersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('customers.read', { export: 'customers.export' })
  @ApiHeader({ name: 'X-Min-Position', required: false })
  async list(
    @Query() filters: ListCustomersDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerPage | string> {
    const page = await this.queries.execute(new ListCustomersQuery(filters, actor));
    if (filters.format !== 'csv') return page;
    if (page.nextCursor) reply.header('x-next-cursor', page.nextCursor);
    return csvReply(reply, 'customers', page.items.map(toCsvRow), customerCsvColumns(page.items));
  }
}

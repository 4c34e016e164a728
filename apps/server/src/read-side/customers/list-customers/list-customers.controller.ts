import { Controller, Get, Query, Res, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { csvReply } from '../../http/csv-reply.js';
import { MinPositionInterceptor } from '../../read-your-writes/min-position.interceptor.js';
import { customerCsvColumns, toCsvRow } from '../customer-read-view.js';
import { ListCustomersDto } from './list-customers.dto.js';
import { ListCustomersQuery, type CustomerPage } from './list-customers.query.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { CUSTOMER_PAGE_EXAMPLE } from '../../../openapi/examples.js';
import { ApiFormats } from '../../../openapi/api-formats.decorator.js';
import { CustomerPageResponseDto } from '../customer-page-response.dto.js';

@ApiTags('customers')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/customers')
@UseInterceptors(MinPositionInterceptor)
export class ListCustomersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ operationId: 'listCustomers', summary: 'List, filter and search the customers you may see (JSON or CSV)' })
  @ApiFormats(CustomerPageResponseDto, ['csv'], { example: CUSTOMER_PAGE_EXAMPLE })
  @ApiProblems(400, 503)
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

import { Controller, Get, Query, Res, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import type { Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { fileReply, streamedXlsxReply } from '../../http/format-reply.js';
import { ReadsModels } from '../../read-your-writes/reads-models.decorator.js';
import { MinPositionInterceptor } from '../../read-your-writes/min-position.interceptor.js';
import { ReadsValueModels } from '../../read-your-writes/reads-value-models.js';
import { customerListReport } from '../customer-list-report.js';
import { toCsvRow } from '../customer-read-view.js';
import { ListCustomersDto } from './list-customers.dto.js';
import { ListCustomersQuery, type CustomerPage } from './list-customers.query.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { CUSTOMER_PAGE_EXAMPLE } from '../../../openapi/examples.js';
import { ApiFormats } from '../../../openapi/api-formats.decorator.js';
import { CustomerPageResponseDto } from '../customer-page-response.dto.js';

/** Customers read per page while an XLSX export streams (the read store's keyset cursor; never the whole list at once). */
const EXPORT_PAGE = 1000;

@ApiTags('customers')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/customers')
@UseInterceptors(MinPositionInterceptor)
@ReadsValueModels('when-following')
@ReadsModels('customer-profiles')
export class ListCustomersController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * JSON and CSV answer one page (CSV: its next cursor in X-Next-Cursor). XLSX is the whole filtered
   * list from `cursor` on (at most `limit` customers when given), streamed page by page.
   */
  @Get()
  @ApiOperation({ operationId: 'listCustomers', summary: 'List, filter and search the customers you may see (JSON or CSV)' })
  @ApiFormats(CustomerPageResponseDto, ['csv'], { example: CUSTOMER_PAGE_EXAMPLE })
  @ApiProblems(400, 503)
  @RequirePermission('customers.read', { export: 'customers.export' })
  @ApiHeader({ name: 'X-Min-Position', required: false })
  @ApiProduces('application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async list(
    @Query() filters: ListCustomersDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerPage | string | Buffer | Readable> {
    if (filters.format === 'xlsx') return this.xlsx(filters, actor, reply);
    const page = await this.queries.execute(new ListCustomersQuery(filters, actor));
    if (filters.format !== 'csv') return page;
    if (page.nextCursor) reply.header('x-next-cursor', page.nextCursor);
    return fileReply(reply, 'csv', customerListReport(page.items), page.items.map(toCsvRow));
  }

  private async xlsx(filters: ListCustomersDto, actor: Actor, reply: FastifyReply): Promise<Readable> {
    const wanted = filters.limit ?? Number.POSITIVE_INFINITY;
    const read = (cursor: string | undefined, left: number) =>
      this.queries.execute(new ListCustomersQuery({ ...filters, cursor, limit: Math.min(EXPORT_PAGE, left) }, actor));
    // The first page decides the columns (a role that hides value has none of its columns).
    const first = await read(filters.cursor, wanted);
    const queries = async function* (): AsyncGenerator<Record<string, unknown>[]> {
      let page = first;
      let left = wanted - page.items.length;
      yield page.items.map(toCsvRow);
      while (page.nextCursor && left > 0) {
        page = await read(page.nextCursor, left);
        left -= page.items.length;
        yield page.items.map(toCsvRow);
      }
    };
    return streamedXlsxReply(reply, customerListReport(first.items), queries());
  }
}

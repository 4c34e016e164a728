import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '#domain';
import type { HistoryPage } from '#audit';
import { CurrentActor, RequirePermission } from '#auth';
import { customerIdPipe } from '../../../customers/dto/customer-id.param.js';
import { XLSX_CONTENT_TYPE } from '../../../exports/xlsx/render-xlsx.js';
import { localeOf } from '../../../read-side/http/format-reply.js';
import { CustomerHistoryQueryDto } from './customer-history-query.dto.js';
import { ExportCustomerHistoryQuery } from './export-customer-history.query.js';
import { GetCustomerHistoryQuery } from './get-customer-history.query.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('v1/customers')
export class GetCustomerHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/history')
  @RequirePermission('audit.read')
  @ApiProduces('application/json', 'text/csv', XLSX_CONTENT_TYPE)
  @ApiNotFoundResponse({ description: 'no such customer' })
  async history(
    @Param('id', customerIdPipe) id: string,
    @Query() query: CustomerHistoryQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HistoryPage | string | Buffer> {
    if (query.format === 'xlsx') {
      const file = await this.queries.execute(new ExportCustomerHistoryQuery(id, actor, 'xlsx', localeOf(reply)));
      reply.header('content-type', XLSX_CONTENT_TYPE).header('vary', 'accept-language');
      reply.header('content-disposition', `attachment; filename="customer-${id}-history.xlsx"`);
      return file;
    }
    if (query.format !== 'csv') return this.queries.execute(new GetCustomerHistoryQuery(id, actor, query.fromRevision, query.limit));
    // No BOM here: the signed bytes start with the signature line, which verifiers read first.
    const file = await this.queries.execute(new ExportCustomerHistoryQuery(id, actor, 'csv'));
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="customer-${id}-history.csv"`);
    return file;
  }
}

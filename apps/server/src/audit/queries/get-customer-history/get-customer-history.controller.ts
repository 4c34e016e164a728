import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
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
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { HISTORY_EXAMPLE } from '../../../openapi/examples.js';
import { ApiFormats } from '../../../openapi/api-formats.decorator.js';
import { HistoryPageResponseDto } from './history-page-response.dto.js';

@ApiTags('audit')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/customers')
export class GetCustomerHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/history')
  @ApiOperation({ operationId: 'getCustomerHistory', summary: 'Every event of a customer with its metadata, paged by revision (JSON or signed CSV)' })
  @ApiFormats(HistoryPageResponseDto, ['csv'], { example: HISTORY_EXAMPLE })
  @ApiProblems(400, 404)
  @RequirePermission('audit.read')
  @ApiProduces('application/json', 'text/csv', XLSX_CONTENT_TYPE)
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

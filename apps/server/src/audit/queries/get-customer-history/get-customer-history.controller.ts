import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '#domain';
import type { HistoryPage } from '#audit';
import { CurrentActor, RequirePermission } from '#auth';
import { customerIdPipe } from '../../../customers/dto/customer-id.param.js';
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
  async history(
    @Param('id', customerIdPipe) id: string,
    @Query() query: CustomerHistoryQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HistoryPage | string> {
    if (query.format !== 'csv') return this.queries.execute(new GetCustomerHistoryQuery(id, actor, query.fromRevision, query.limit));
    const file = await this.queries.execute(new ExportCustomerHistoryQuery(id, actor, 'csv'));
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="customer-${id}-history.csv"`);
    return file;
  }
}

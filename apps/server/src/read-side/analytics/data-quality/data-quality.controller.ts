import { Controller, Get, Query, Res, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { csvReply } from '../../http/csv-reply.js';
import { MinPositionInterceptor } from '../../read-your-writes/min-position.interceptor.js';
import { DataQualityDto } from './data-quality.dto.js';
import { DataQualityQuery } from './data-quality.query.js';
import { DataQualityResponse, type QualityFiguresResponse } from './data-quality.response.js';

const CSV_COLUMNS = ['ownerId', 'kind', 'field', 'count', 'of', 'share', 'quality', 'link'];

@ApiTags('analytics')
@ApiBearerAuth()
@Controller('v1/analytics/data-quality')
@UseInterceptors(MinPositionInterceptor)
export class DataQualityController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('analytics.read', { export: 'reports.export' })
  @ApiOperation({
    operationId: 'getDataQualityReport',
    summary: 'Completeness, invalid values under today’s rules, duplicate rate and stale records, overall and per owner',
  })
  @ApiOkResponse({ type: DataQualityResponse })
  @ApiProduces('application/json', 'text/csv')
  @ApiHeader({ name: 'X-Min-Position', required: false })
  async report(
    @Query() filters: DataQualityDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DataQualityResponse | string> {
    const report = await this.queries.execute(new DataQualityQuery(filters, actor));
    if (filters.format !== 'csv') return report;
    const rowsOf = (ownerId: string, figures: QualityFiguresResponse) => [
      ...figures.missing.map((figure) => ({ ownerId, kind: 'missing', ...figure })),
      ...figures.invalid.map((figure) => ({ ownerId, kind: 'invalid', ...figure })),
      { ownerId, kind: 'duplicates', ...figures.duplicates },
      { ownerId, kind: 'stale', ...figures.stale },
    ];
    const rows = [...rowsOf('(all)', report.overall), ...report.owners.flatMap(({ ownerId, ...figures }) => rowsOf(ownerId, figures))];
    return csvReply(reply, 'data-quality', rows, CSV_COLUMNS);
  }
}

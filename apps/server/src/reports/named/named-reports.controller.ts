import { Controller, Get, Param, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { csvReply } from '../../read-side/http/csv-reply.js';
import { MinPositionInterceptor } from '../../read-side/read-your-writes/min-position.interceptor.js';
import { NamedReportAnswerDto, NamedReportListDto } from './named-report.dto.js';
import { NamedReportRunner } from './named-report-runner.js';
import { NAMED_REPORTS } from './named-reports.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';

@ApiTags('reports')
@ApiBearerAuth()
@ApiHeader({ name: 'X-Min-Position', required: false })
@Controller('v1/reports')
@UseInterceptors(MinPositionInterceptor)
export class NamedReportsController {
  constructor(private readonly runner: NamedReportRunner) {}

  @Get()
  @RequirePermission('analytics.read')
  @ApiOperation({ operationId: 'listNamedReports', summary: 'The reports by name, with titles in English and Chinese, chart kind and columns' })
  @ApiOkResponse({ type: NamedReportListDto })
  list(): NamedReportListDto {
    return {
      items: NAMED_REPORTS.map(({ name, title, chart, columns, presents }) => ({
        name,
        title,
        ...(chart ? { chart } : {}),
        columns: [...columns],
        path: `/v1/reports/${name}`,
        ...(presents ? { presents } : {}),
      })),
    };
  }

  @Get(':name')
  @RequirePermission('analytics.read', { export: 'reports.export' })
  @ApiOperation({ operationId: 'runNamedReport', summary: 'Runs a named report with the query of the route it presents (JSON or ?format=csv)' })
  @ApiOkResponse({ type: NamedReportAnswerDto })
  @ApiProblems(404)
  async run(
    @Param('name') name: string,
    @Query() query: Record<string, unknown>,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<NamedReportAnswerDto | string> {
    const { report, dto, answer, rows } = await this.runner.run(name, query, actor);
    if (dto.format === 'csv') return csvReply(reply, report.name, rows, report.columns);
    return { report: report.name, title: report.title, columns: [...report.columns], rows, answer };
  }
}

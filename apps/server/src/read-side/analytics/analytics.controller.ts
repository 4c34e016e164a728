import { Controller, Get, Inject, Query, Res, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '#domain';
import { AccessPolicy } from '#application';
import { CurrentActor, RequirePermission } from '#auth';
import { CLOCK, type Clock } from '#shared';
import type { ReportDescriptor } from '../../exports/report-descriptor.js';
import { XLSX_CONTENT_TYPE } from '../../exports/xlsx/render-xlsx.js';
import { fileReply, localeOf } from '../http/format-reply.js';
import { ReadQueryDto } from '../http/read-query.dto.js';
import { scopeText } from '../http/report-scope.js';
import { CHURN_RISK_REPORT, funnelReport, INDUSTRY_DISTRIBUTION_REPORT, TAG_USAGE_REPORT, valueTrendReport } from './analytics-reports.js';
import { MinPositionInterceptor } from '../read-your-writes/min-position.interceptor.js';
import { churnRiskRows, funnelRows } from './analytics-rows.js';
import { ChurnRiskDto } from './churn-risk/churn-risk.dto.js';
import { ChurnRiskQuery } from './churn-risk/churn-risk.query.js';
import { FunnelDto } from './funnel/funnel.dto.js';
import { FunnelQuery } from './funnel/funnel.query.js';
import { IndustryDistributionQuery } from './industry-distribution/industry-distribution.query.js';
import { TagUsageQuery } from './tag-usage/tag-usage.query.js';
import { ValueTrendDto } from './value-trend/value-trend.dto.js';
import { ValueTrendQuery } from './value-trend/value-trend.query.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { ApiFormats } from '../../openapi/api-formats.decorator.js';
import { FUNNEL_EXAMPLE } from '../../openapi/examples.js';
import { FunnelResponseDto } from './funnel/funnel-response.dto.js';
import { ChurnRiskResponseDto } from './churn-risk/churn-risk-response.dto.js';
import { IndustryDistributionResponseDto } from './industry-distribution/industry-distribution-response.dto.js';
import { ValueTrendResponseDto } from './value-trend/value-trend-response.dto.js';
import { TagUsageResponseDto } from './tag-usage/tag-usage-response.dto.js';

/** Every analytics answer is JSON, or a file of its rows with `?format=csv|xlsx|pdf` (one row per item). */
@ApiTags('analytics')
@ApiBearerAuth()
@ApiHeader({ name: 'X-Min-Position', required: false })
@ApiProduces('application/json', 'text/csv', XLSX_CONTENT_TYPE, 'application/pdf')
@ApiProblems(401, 403)
@Controller('v1/analytics')
@UseInterceptors(MinPositionInterceptor)
export class AnalyticsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly access: AccessPolicy,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('funnel')
  @ApiOperation({ operationId: 'getFunnel', summary: 'The sales funnel of a registration cohort: stages reached, conversion, median days (JSON or CSV)' })
  @ApiFormats(FunnelResponseDto, ['csv'], { example: FUNNEL_EXAMPLE })
  @ApiProblems(400, 503)
  @RequirePermission('analytics.read', { export: 'reports.export' })
  async funnel(@Query() dto: FunnelDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    const answer = await this.queries.execute(new FunnelQuery(actor, dto.from, dto.to, dto.groupBy));
    const rows = funnelRows(answer);
    return this.answer(dto, reply, actor, funnelReport(dto.groupBy), answer, rows, answer);
  }

  @Get('churn-risk')
  @ApiOperation({ operationId: 'getChurnRisk', summary: 'Customers ranked by churn risk, with the reasons (JSON or CSV)' })
  @ApiFormats(ChurnRiskResponseDto, ['csv'])
  @ApiProblems(400, 503)
  @RequirePermission('churnRisk.read', { export: 'reports.export' })
  async churnRisk(@Query() dto: ChurnRiskDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    const answer = await this.queries.execute(new ChurnRiskQuery(actor, dto.ownerId, dto.level, dto.limit ?? 50));
    const rows = churnRiskRows(answer);
    return this.answer(dto, reply, actor, CHURN_RISK_REPORT, answer, rows);
  }

  @Get('industry-distribution')
  @ApiOperation({ operationId: 'getIndustryDistribution', summary: 'Customers per industry and their share (JSON or CSV)' })
  @ApiFormats(IndustryDistributionResponseDto, ['csv'])
  @ApiProblems(400, 503)
  @RequirePermission('analytics.read', { export: 'reports.export' })
  async industryDistribution(@Query() dto: ReadQueryDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    const answer = await this.queries.execute(new IndustryDistributionQuery(actor));
    return this.answer(dto, reply, actor, INDUSTRY_DISTRIBUTION_REPORT, answer, answer.items);
  }

  @Get('value-trend')
  @ApiOperation({ operationId: 'getValueTrend', summary: 'Order value per month or quarter (JSON or CSV)' })
  @ApiFormats(ValueTrendResponseDto, ['csv'])
  @ApiProblems(400, 503)
  @RequirePermission('analytics.read', { export: 'reports.export', builtOn: ['value'] })
  async valueTrend(@Query() dto: ValueTrendDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    const answer = await this.queries.execute(new ValueTrendQuery(actor, dto.granularity ?? 'month'));
    return this.answer(dto, reply, actor, valueTrendReport(answer.granularity), answer, answer.items);
  }

  @Get('tags')
  @ApiOperation({ operationId: 'getTagUsage', summary: 'How many customers carry each tag, for the tag review (JSON or CSV)' })
  @ApiFormats(TagUsageResponseDto, ['csv'])
  @ApiProblems(400, 503)
  @RequirePermission('analytics.read', { export: 'reports.export' })
  async tags(@Query() dto: ReadQueryDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    const answer = await this.queries.execute(new TagUsageQuery(actor));
    return this.answer(dto, reply, actor, TAG_USAGE_REPORT, answer, answer.items);
  }

  private async answer<T>(
    dto: ReadQueryDto,
    reply: FastifyReply,
    actor: Actor,
    report: ReportDescriptor,
    answer: T,
    rows: readonly object[],
    period?: { from: string | null; to: string | null },
  ): Promise<T | string | Buffer> {
    if (dto.format === undefined || dto.format === 'json') return answer;
    return fileReply(reply, dto.format, report, rows as Record<string, unknown>[], async () => ({
      generatedAt: this.clock.now(),
      scope: scopeText(actor, await this.access.ownerFilter(actor), localeOf(reply), period),
    }));
  }
}

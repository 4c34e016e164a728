import { Controller, Get, Query, Res, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { csvReply } from '../http/csv-reply.js';
import { ReadQueryDto } from '../http/read-query.dto.js';
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

/** Every analytics answer is JSON, or CSV with `?format=csv` (one row per item). */
@ApiTags('analytics')
@ApiBearerAuth()
@ApiHeader({ name: 'X-Min-Position', required: false })
@Controller('v1/analytics')
@UseInterceptors(MinPositionInterceptor)
export class AnalyticsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('funnel')
  @RequirePermission('analytics.read', { export: 'reports.export' })
  async funnel(@Query() dto: FunnelDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    const answer = await this.queries.execute(new FunnelQuery(actor, dto.from, dto.to, dto.groupBy));
    const rows = funnelRows(answer);
    return this.answer(dto, reply, 'funnel', answer, rows);
  }

  @Get('churn-risk')
  @RequirePermission('churnRisk.read', { export: 'reports.export' })
  async churnRisk(@Query() dto: ChurnRiskDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    const answer = await this.queries.execute(new ChurnRiskQuery(actor, dto.ownerId, dto.level, dto.limit ?? 50));
    const rows = churnRiskRows(answer);
    return this.answer(dto, reply, 'churn-risk', answer, rows);
  }

  @Get('industry-distribution')
  @RequirePermission('analytics.read', { export: 'reports.export' })
  async industryDistribution(@Query() dto: ReadQueryDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    const answer = await this.queries.execute(new IndustryDistributionQuery(actor));
    return this.answer(dto, reply, 'industry-distribution', answer, answer.items);
  }

  @Get('value-trend')
  @RequirePermission('analytics.read', { export: 'reports.export', builtOn: ['value'] })
  async valueTrend(@Query() dto: ValueTrendDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    const answer = await this.queries.execute(new ValueTrendQuery(actor, dto.granularity ?? 'month'));
    return this.answer(dto, reply, 'value-trend', answer, answer.items);
  }

  @Get('tags')
  @RequirePermission('analytics.read', { export: 'reports.export' })
  async tags(@Query() dto: ReadQueryDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    const answer = await this.queries.execute(new TagUsageQuery(actor));
    return this.answer(dto, reply, 'tags', answer, answer.items);
  }

  private answer<T>(dto: ReadQueryDto, reply: FastifyReply, name: string, answer: T, rows: readonly object[]): T | string {
    if (dto.format !== 'csv') return answer;
    const records = rows as Record<string, unknown>[];
    return csvReply(reply, name, records, Object.keys(records[0] ?? {}));
  }
}

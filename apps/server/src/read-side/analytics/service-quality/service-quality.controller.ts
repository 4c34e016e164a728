import { Controller, Get, Query, Res, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { csvReply } from '../../http/csv-reply.js';
import { MinPositionInterceptor } from '../../read-your-writes/min-position.interceptor.js';
import { ServiceQualityResponseDto } from './service-quality.response.dto.js';
import type { ServiceQualityReport } from './service-quality-report.js';
import { ServiceQualityDto } from './service-quality.dto.js';
import { ServiceQualityQuery } from './service-quality.query.js';

@ApiTags('analytics')
@ApiBearerAuth()
@ApiHeader({ name: 'X-Min-Position', required: false })
@Controller('v1/analytics')
@UseInterceptors(MinPositionInterceptor)
export class ServiceQualityController {
  constructor(private readonly queries: QueryBus) {}

  /** CSV: one row per month with complaints, resolved complaints and the satisfaction average. */
  @Get('service')
  @RequirePermission('analytics.read', { export: 'reports.export' })
  @ApiOperation({ operationId: 'getServiceQuality', summary: 'Complaints by category and month, time to resolution and the satisfaction trend' })
  @ApiOkResponse({ type: ServiceQualityResponseDto })
  async service(
    @Query() dto: ServiceQualityDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ServiceQualityReport | string> {
    const report = await this.queries.execute(new ServiceQualityQuery(actor, { from: dto.from, to: dto.to }, dto.ownerId));
    if (dto.format !== 'csv') return report;
    return csvReply(reply, 'service-quality', monthlyRows(report), ['month', 'complaints', 'resolved', 'satisfactionResponses', 'satisfactionAverage']);
  }
}

function monthlyRows(report: ServiceQualityReport): Record<string, unknown>[] {
  const months = new Set([...report.complaints.byMonth.map((m) => m.month), ...report.satisfaction.byMonth.map((m) => m.month)]);
  return [...months].sort().map((month) => {
    const complaints = report.complaints.byMonth.find((m) => m.month === month);
    const satisfaction = report.satisfaction.byMonth.find((m) => m.month === month);
    return {
      month,
      complaints: complaints?.count ?? 0,
      resolved: complaints?.resolved ?? 0,
      satisfactionResponses: satisfaction?.responses ?? 0,
      satisfactionAverage: satisfaction?.average ?? null,
    };
  });
}

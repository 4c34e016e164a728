import { Body, Controller, HttpCode, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { csvReply } from '../../read-side/http/csv-reply.js';
import { ReadQueryDto } from '../../read-side/http/read-query.dto.js';
import { MinPositionInterceptor } from '../../read-side/read-your-writes/min-position.interceptor.js';
import { PivotAnswerDto } from './pivot-answer.dto.js';
import { pivotCsvRows } from './pivot-csv-rows.js';
import { PivotRequestDto } from './pivot-request.dto.js';
import { PivotQuery, type PivotAnswer } from './pivot.query.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';

@ApiTags('reports')
@ApiBearerAuth()
@ApiHeader({ name: 'X-Min-Position', required: false })
@Controller('v1/reports')
@UseInterceptors(MinPositionInterceptor)
export class PivotController {
  constructor(private readonly queries: QueryBus) {}

  @Post('pivot')
  @HttpCode(200)
  @RequirePermission('reports.read', { export: 'reports.export' })
  @ApiOperation({
    operationId: 'runPivotReport',
    summary: 'A pivot of the customers one sees: rows × columns of dimensions, with totals (JSON or ?format=csv)',
  })
  @ApiOkResponse({ type: PivotAnswerDto })
  @ApiProblems(403)
  async pivot(@Body() body: PivotRequestDto, @Query() dto: ReadQueryDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    return answerPivot(reply, dto, 'pivot', await this.queries.execute(new PivotQuery(actor, body)));
  }
}

/** JSON, or the CSV of pivotCsvRows (shared with the saved reports' run). */
export function answerPivot(reply: FastifyReply, dto: ReadQueryDto, name: string, answer: PivotAnswer): PivotAnswer | string {
  if (dto.format !== 'csv') return answer;
  const { rows, columns } = pivotCsvRows(answer);
  return csvReply(reply, name, rows, columns);
}

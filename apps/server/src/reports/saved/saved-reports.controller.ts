import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '#application';
import type { Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import { parseIfMatch } from '../../http/if-match.js';
import { CommandCtx } from '../../http/request-context.js';
import { ReadQueryDto } from '../../read-side/http/read-query.dto.js';
import { MinPositionInterceptor } from '../../read-side/read-your-writes/min-position.interceptor.js';
import { PivotAnswerDto } from '../pivot/pivot-answer.dto.js';
import { answerPivot } from '../pivot/pivot.controller.js';
import { PivotQuery } from '../pivot/pivot.query.js';
import type { PivotDefinition } from '../pivot/pivot-vocabulary.js';
import { SavedReportCommandResultDto, SavedReportDto, SavedReportHistoryDto, SavedReportListDto } from './saved-report.dto.js';
import { SavedReportBodyDto } from './saved-report-body.dto.js';
import { SavedReports } from './saved-reports.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';

const reportIdPipe = new ParseUUIDPipe({ version: '4' });

/** Pivots kept by name (stream `report-<id>`): the creator's, visible to them and to admins. */
@ApiTags('reports')
@ApiBearerAuth()
@ApiHeader({ name: 'X-Min-Position', required: false })
@Controller('v1/reports/saved')
@UseInterceptors(MinPositionInterceptor)
export class SavedReportsController {
  constructor(
    private readonly reports: SavedReports,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @RequirePermission('reports.manage')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({ operationId: 'saveReport', summary: 'Saves a pivot under a name' })
  @ApiCreatedResponse({ type: SavedReportCommandResultDto })
  save(@Body() body: SavedReportBodyDto, @CommandCtx() context: CommandContext): Promise<SavedReportCommandResultDto> {
    return this.reports.save(body, context);
  }

  @Get()
  @RequirePermission('reports.read')
  @ApiOperation({ operationId: 'listSavedReports', summary: 'One’s saved reports (every one, for an admin)' })
  @ApiOkResponse({ type: SavedReportListDto })
  list(@CurrentActor() actor: Actor): Promise<SavedReportListDto> {
    return this.reports.list(actor);
  }

  @Get(':id')
  @RequirePermission('reports.read')
  @ApiOperation({ operationId: 'getSavedReport', summary: 'A saved report’s name and definition' })
  @ApiOkResponse({ type: SavedReportDto })
  @ApiProblems(404)
  get(@Param('id', reportIdPipe) id: string, @CurrentActor() actor: Actor): Promise<SavedReportDto> {
    return this.reports.get(actor, id);
  }

  @Put(':id')
  @RequirePermission('reports.manage')
  @ApiHeader({ name: 'If-Match', required: false, description: 'the revision you last read; 412 if it moved on' })
  @ApiOperation({ operationId: 'changeSavedReport', summary: 'Replaces a saved report’s name and definition' })
  @ApiOkResponse({ type: SavedReportCommandResultDto })
  change(
    @Param('id', reportIdPipe) id: string,
    @Body() body: SavedReportBodyDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CommandCtx() context: CommandContext,
  ): Promise<SavedReportCommandResultDto> {
    return this.reports.change(id, body, context, parseIfMatch(ifMatch));
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('reports.manage')
  @ApiOperation({ operationId: 'deleteSavedReport', summary: 'Deletes a saved report (its history stays)' })
  @ApiNoContentResponse({ description: 'deleted' })
  async remove(@Param('id', reportIdPipe) id: string, @CommandCtx() context: CommandContext): Promise<void> {
    await this.reports.delete(id, context);
  }

  @Get(':id/history')
  @RequirePermission('reports.read')
  @ApiOperation({ operationId: 'getSavedReportHistory', summary: 'Every version of a saved report’s definition, with who made it and when' })
  @ApiOkResponse({ type: SavedReportHistoryDto })
  history(@Param('id', reportIdPipe) id: string, @CurrentActor() actor: Actor): Promise<SavedReportHistoryDto> {
    return this.reports.history(actor, id);
  }

  @Get(':id/run')
  @RequirePermission('reports.read', { export: 'reports.export' })
  @ApiOperation({ operationId: 'runSavedReport', summary: 'Runs a saved report over the customers the caller sees now (JSON or ?format=csv)' })
  @ApiOkResponse({ type: PivotAnswerDto })
  async run(@Param('id', reportIdPipe) id: string, @Query() dto: ReadQueryDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    const report = await this.reports.get(actor, id);
    const answer = await this.queries.execute(new PivotQuery(actor, report.definition as PivotDefinition));
    return answerPivot(reply, dto, `report-${id}`, answer);
  }
}

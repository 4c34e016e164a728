import { Controller, Get, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags, ApiOperation, ApiOkResponse, ApiAcceptedResponse } from '@nestjs/swagger';
import type { CommandContext } from '#application';
import { RequirePermission } from '#auth';
import type { AdminJobState } from '#leases';
import { CommandCtx } from '../../http/request-context.js';
import { ProjectionSupervisor, UnknownProjectionError } from '../infrastructure/projection-supervisor.js';
import { ProjectionStatusQuery, type ProjectionStatusView } from './projection-status.query.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { ProjectionListResponseDto } from './projection-list-response.dto.js';
import { RebuildAcceptedResponseDto } from './rebuild-accepted-response.dto.js';

@ApiTags('admin')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/admin/projections')
export class ProjectionsAdminController {
  constructor(
    private readonly queries: QueryBus,
    private readonly supervisor: ProjectionSupervisor,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'listProjections', summary: 'Each read model: position, lag, state, rebuild progress' })
  @ApiOkResponse({ type: ProjectionListResponseDto })
  @RequirePermission('projections.manage')
  list(): Promise<{ head: number; items: ProjectionStatusView[] }> {
    return this.queries.execute(new ProjectionStatusQuery());
  }

  /**
   * Records the rebuild request (any replica) and answers 202 with its id; the worker holding the
   * projections lease replays the feed into a shadow and swaps it in. Progress: GET /v1/admin/projections.
   */
  @Post(':name/rebuild')
  @ApiOperation({ operationId: 'rebuildProjection', summary: 'Rebuild a read model from the feed (carried out by the projections lease holder)' })
  @ApiAcceptedResponse({ type: RebuildAcceptedResponseDto })
  @ApiProblems(404)
  @HttpCode(202)
  @RequirePermission('projections.manage')
  async rebuild(
    @Param('name') name: string,
    @CommandCtx() context: CommandContext,
  ): Promise<{ id: string; name: string; status: 'rebuilding'; state: AdminJobState }> {
    try {
      const job = await this.supervisor.rebuild(name, { id: context.actor.userId, role: context.actor.role, correlationId: context.correlationId });
      return { id: job.id, name, status: 'rebuilding', state: job.state };
    } catch (error) {
      if (error instanceof UnknownProjectionError) throw new NotFoundException(error.message);
      throw error;
    }
  }
}

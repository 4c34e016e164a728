import { Controller, Get, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '#application';
import { RequirePermission } from '#auth';
import type { AdminJobState } from '#leases';
import { CommandCtx } from '../../http/request-context.js';
import { ProjectionSupervisor, UnknownProjectionError } from '../infrastructure/projection-supervisor.js';
import { ProjectionStatusQuery, type ProjectionStatusView } from './projection-status.query.js';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('v1/admin/projections')
export class ProjectionsAdminController {
  constructor(
    private readonly queries: QueryBus,
    private readonly supervisor: ProjectionSupervisor,
  ) {}

  @Get()
  @RequirePermission('projections.manage')
  list(): Promise<{ head: number; items: ProjectionStatusView[] }> {
    return this.queries.execute(new ProjectionStatusQuery());
  }

  /**
   * Records the rebuild request (any replica) and answers 202 with its id; the worker holding the
   * projections lease replays the feed into a shadow and swaps it in. Progress: GET /v1/admin/projections.
   */
  @Post(':name/rebuild')
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

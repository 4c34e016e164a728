import { ConflictException, Controller, Get, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '#auth';
import { ProjectionSupervisor, ProjectionsNotHostedError, UnknownProjectionError } from '../infrastructure/projection-supervisor.js';
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

  /** Empties the read model and replays the feed; answers once the replay has started (202). */
  @Post(':name/rebuild')
  @HttpCode(202)
  @RequirePermission('projections.manage')
  async rebuild(@Param('name') name: string): Promise<{ name: string; status: 'rebuilding' }> {
    try {
      await this.supervisor.rebuild(name);
    } catch (error) {
      if (error instanceof UnknownProjectionError) throw new NotFoundException(error.message);
      if (error instanceof ProjectionsNotHostedError) throw new ConflictException(error.message);
      throw error;
    }
    return { name, status: 'rebuilding' };
  }
}

import { Controller, Get, Param, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags, ApiOperation, ApiOkResponse } from '@nestjs/swagger';
import type { Actor } from '#domain';
import { CurrentActor, RequirePermission } from '#auth';
import type { FollowUpDocument } from '#projections';
import { customerIdPipe } from '../../../customers/dto/customer-id.param.js';
import { MinPositionInterceptor } from '../../read-your-writes/min-position.interceptor.js';
import { ListFollowUpsQuery } from './list-follow-ups.query.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { FollowUpListResponseDto } from '../follow-up-list-response.dto.js';

@ApiTags('customers')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/customers')
@UseInterceptors(MinPositionInterceptor)
export class ListFollowUpsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/follow-ups')
  @ApiOperation({ operationId: 'listFollowUps', summary: 'A customer’s follow-ups, newest first' })
  @ApiOkResponse({ type: FollowUpListResponseDto })
  @ApiProblems(400, 404, 503)
  @RequirePermission('followUps.read')
  @ApiHeader({ name: 'X-Min-Position', required: false })
  list(@Param('id', customerIdPipe) id: string, @CurrentActor() actor: Actor): Promise<{ items: FollowUpDocument[] }> {
    return this.queries.execute(new ListFollowUpsQuery(id, actor));
  }
}
